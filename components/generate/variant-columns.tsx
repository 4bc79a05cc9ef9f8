"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ResultEvent } from "./parse-event";
import type { VariantDraft } from "./variant-state";

/**
 * Two variants of one asset kind next to each other (stacked on narrow screens), each with
 * "Keep this one". Each column is a named region so the marketer (and a screen reader) knows which
 * variant a button keeps.
 */
export function VariantColumns({
  label,
  current,
  candidate,
  busy,
  onKeep,
  renderBody,
}: {
  label: string;
  current: VariantDraft;
  candidate: VariantDraft;
  busy: boolean;
  onKeep(which: "current" | "candidate"): void;
  renderBody(result: ResultEvent): ReactNode;
}) {
  const t = useTranslations("generate.variants");
  const columns = [
    { which: "current" as const, draft: current },
    { which: "candidate" as const, draft: candidate },
  ];
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <div className="grid gap-4 lg:grid-cols-2">
        {columns.map(({ which, draft }) => {
          const name = t("columnName", { kind: label, number: draft.variant + 1 });
          return (
            <section key={draft.result.assetId} aria-label={name} className="space-y-3 rounded-md border border-slate-200 p-3">
              <header className="flex flex-wrap items-center justify-between gap-2">
                <h4 className="font-medium text-slate-900">{t("heading", { number: draft.variant + 1 })}</h4>
                <Button type="button" onClick={() => onKeep(which)} disabled={busy} aria-label={t("keepLabel", { name })}>
                  {t("keep")}
                </Button>
              </header>
              {renderBody(draft.result)}
            </section>
          );
        })}
      </div>
    </div>
  );
}
