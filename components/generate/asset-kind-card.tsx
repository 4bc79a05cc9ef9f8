"use client";

import Link from "next/link";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";
import { useServerErrorText } from "@/components/ui/use-action-error-text";
import { useAssetKindLabel } from "./use-asset-kind-label";
import type { AssetKindRun } from "./generation-state";
import { ResultBody } from "./result-body";
import { StreamingBody } from "./streaming-body";
import { useDraftLifecycle, type DraftLifecycle } from "./use-draft-lifecycle";
import { useCardVariants } from "./use-card-variants";
import { VariantColumns } from "./variant-columns";
import type { BriefInput } from "@/lib/assets/generate/brief";

type CardStatus = "writing" | "failed" | DraftLifecycle;

/**
 * One asset kind's card for its whole life: streaming, then the saved draft, or the error; once
 * submitted it links to the asset page, once discarded it offers to restore. The section keeps
 * its accessible name throughout so tests and screen readers find it once.
 */
export function AssetKindCard({
  run,
  workspaceId,
  workspacePath,
  canSubmit,
  onDirtyChange,
  brief = null,
}: {
  run: AssetKindRun;
  /** The brief this card was written from: "Another variant" asks for the next wording of it. */
  brief?: BriefInput | null;
  workspaceId: string;
  workspacePath?: string;
  canSubmit: boolean;
  onDirtyChange(kind: AssetKind, dirty: boolean): void;
}) {
  const t = useTranslations("generate.card");
  const serverErrorText = useServerErrorText();
  const label = useAssetKindLabel()(run.kind);
  const variants = useCardVariants({ workspaceId, kind: run.kind, brief, first: run.status === "ready" ? run.result : null });
  // The card is the variant kept (the first until another one is kept).
  const shown = run.status === "ready" ? (variants.variants?.current.result ?? run.result) : null;
  const assetId = shown?.assetId ?? null;
  const draft = useDraftLifecycle(workspaceId, assetId);
  const comparing = Boolean(variants.variants?.candidate) && draft.lifecycle === "saved";
  const cardStatus: CardStatus = run.status === "ready" ? draft.lifecycle : run.status;
  const status = t(`status.${cardStatus}`);
  const assetHref = workspacePath && assetId ? `${workspacePath}/assets/${assetId}` : null;

  return (
    <section aria-label={t("sectionLabel", { kind: label })} aria-busy={run.status === "writing"} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-medium text-slate-900">{label}</h3>
        <span className="flex items-baseline gap-3">
          <span className={`text-sm ${run.status === "failed" ? "text-red-700" : "text-slate-600"}`}>{status}</span>
          {assetHref && draft.lifecycle !== "discarded" ? (
            <Link href={assetHref} className="text-sm text-brand-700 underline">
              {t("openAssetPage")}
            </Link>
          ) : null}
          {run.status === "ready" && draft.lifecycle === "saved" && brief && !comparing && variants.canAskAnother ? (
            <Button type="button" variant="secondary" onClick={() => void variants.another()} disabled={variants.isBusy} aria-label={t("anotherVariantLabel", { kind: label })}>
              {variants.isWriting ? t("writingAnotherVariant") : t("anotherVariant")}
            </Button>
          ) : null}
          {run.status === "ready" && draft.lifecycle === "saved" && !comparing ? (
            <Button type="button" variant="secondary" onClick={draft.discard} disabled={draft.isBusy} aria-label={t("discardLabel", { kind: label })}>
              {t("discard")}
            </Button>
          ) : null}
        </span>
      </header>
      {draft.error ? <Alert tone="error">{draft.error}</Alert> : null}
      {variants.error ? <Alert tone="error">{variants.error}</Alert> : null}
      {run.status === "writing" ? <StreamingBody kind={run.kind} partial={run.partial} /> : null}
      {run.status === "failed" ? (
        // Not role="alert": the status log already announces the failure once.
        <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          {t.rich("runError", { error: run.isLocal ? run.error.message : serverErrorText(run.error), strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
        </p>
      ) : null}
      {run.status === "ready" && draft.lifecycle === "discarded" ? (
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          {t("discardedNote")}
          <Button type="button" variant="secondary" onClick={draft.restore} disabled={draft.isBusy} aria-label={t("restoreLabel", { kind: label })}>
            {t("restore")}
          </Button>
        </p>
      ) : null}
      {/* Hidden, not unmounted, while discarded: a restore brings back the card with its edits and field history. */}
      {shown && comparing && variants.variants?.candidate ? (
        <VariantColumns
          label={label}
          current={variants.variants.current}
          candidate={variants.variants.candidate}
          busy={variants.isBusy}
          onKeep={(which) => void variants.keep(which)}
          renderBody={(result) => <ResultBody workspaceId={workspaceId} result={result} canSubmit={canSubmit} onDirtyChange={onDirtyChange} onSubmitted={draft.markSubmitted} />}
        />
      ) : shown ? (
        // Keyed by the asset: keeping another variant mounts its own editor, not the first one's edits.
        <div key={shown.assetId} hidden={draft.lifecycle === "discarded"}>
          <ResultBody workspaceId={workspaceId} result={shown} canSubmit={canSubmit} onDirtyChange={onDirtyChange} onSubmitted={draft.markSubmitted} />
        </div>
      ) : null}
    </section>
  );
}
