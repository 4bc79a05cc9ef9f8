"use client";

import Link from "next/link";
import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { compareVersionsAction, restoreVersionAction } from "@/app/(app)/[workspace]/assets/actions";
import { useTranslations } from "next-intl";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { defaultComparison } from "./diff-display";
import { DiffView } from "./diff-view";

export type VersionRow = { version: number; createdAt: string; author: string; isGenerated: boolean; isValid: boolean; errors: number; warnings: number };

const SELECT = "mt-1 block min-h-10 rounded-md border border-slate-300 bg-white px-2 text-sm";

/**
 * Every version of the asset: view any of them, compare any two (field by field, word level),
 * restore an old one as a new version. History is never rewritten: restoring saves a copy.
 */
export function VersionsPanel({
  workspaceId,
  assetId,
  assetPath,
  versions,
  viewed,
  current,
  published,
  canRestore,
}: {
  workspaceId: string;
  assetId: string;
  assetPath: string;
  versions: VersionRow[];
  viewed: number;
  current: number;
  published: number | null;
  canRestore: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("assets.versions");
  const errorText = useActionErrorText();
  const initial = defaultComparison(
    versions.map((v) => v.version),
    viewed,
    current,
  );
  const [from, setFrom] = useState(initial?.from ?? current);
  const [to, setTo] = useState(initial?.to ?? current);
  const compare = useAction(compareVersionsAction);
  // The restored copy is the new current version: show it (an old `?version=` would hide it).
  const restore = useAction(restoreVersionAction, { onSuccess: () => (viewed === current ? router.refresh() : router.push(assetPath)) });

  function submit(event: FormEvent) {
    event.preventDefault();
    compare.execute({ workspaceId, assetId, from, to });
  }

  const compared = compare.input && compare.result.data ? { from: compare.input.from, to: compare.input.to, diffs: compare.result.data.diffs } : null;
  const error = errorText(compare.result) ?? errorText(restore.result);

  return (
    <section aria-labelledby="versions-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="versions-heading" className="text-lg font-medium">
        {t("heading", { count: versions.length })}
      </h2>
      <ol className="space-y-1 text-sm" data-testid="versions-list">
        {versions.map((v) => (
          <li
            key={v.version}
            data-testid={`version-${v.version}`}
            className={`flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-2 py-1 ${v.version === viewed ? "border-brand-600 bg-brand-50" : "border-slate-200"}`}
          >
            <span className="font-medium">{t("version", { version: v.version })}</span>
            <span className="text-slate-700">
              {t("madeBy", { generated: String(v.isGenerated), author: v.author, time: v.createdAt })}
            </span>
            <span className={v.isValid ? "text-green-700" : "text-red-700"}>{v.isValid ? t("valid") : t("errors", { count: v.errors })}</span>
            {v.version === current ? <span className="text-xs font-semibold">{t("current")}</span> : null}
            {v.version === published ? <span className="text-xs font-semibold">{t("published")}</span> : null}
            <span className="ml-auto flex gap-3">
              {v.version === viewed ? (
                <span className="text-xs text-slate-600">{t("viewing")}</span>
              ) : (
                <Link href={v.version === current ? assetPath : `${assetPath}?version=${v.version}`} className="text-brand-700 underline">
                  {t("view")}<span className="sr-only"> {t("viewVersion", { version: v.version })}</span>
                </Link>
              )}
              {canRestore && v.version !== current ? (
                <button
                  type="button"
                  className="text-brand-700 underline aria-disabled:opacity-60"
                  aria-disabled={restore.isPending || undefined}
                  onClick={() => !restore.isPending && restore.execute({ workspaceId, assetId, version: v.version })}
                >
                  {t("restore")}<span className="sr-only"> {t("restoreCopy", { version: v.version })}</span>
                </button>
              ) : null}
            </span>
          </li>
        ))}
      </ol>
      {versions.length > 1 ? (
        <form onSubmit={submit} className="flex flex-wrap items-end gap-3" aria-label={t("compareLabel")}>
          <label className="text-sm font-medium">
            {t("compareFrom")}
            <select className={SELECT} value={from} onChange={(e) => setFrom(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium">
            {t("compareTo")}
            <select className={SELECT} value={to} onChange={(e) => setTo(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.version} value={v.version}>
                  {v.version}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary" disabled={compare.isPending}>
            {t("compare")}
          </Button>
        </form>
      ) : null}
      <div aria-live="polite">
        {error ? <Alert tone="error">{error}</Alert> : null}
        {restore.hasSucceeded && restore.result.data ? <Alert tone="success">{t("restored", { version: restore.result.data.version })}</Alert> : null}
        {compared ? (
          <div className="mt-2 space-y-2">
            <h3 className="text-sm font-semibold">
              {t("changes", { from: compared.from, to: compared.to })}
            </h3>
            <DiffView diffs={compared.diffs} from={compared.from} to={compared.to} />
          </div>
        ) : null}
      </div>
    </section>
  );
}
