"use client";

import { useCallback, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Alert } from "@/components/ui/alert";
import { InlineConfirm } from "@/components/ui/inline-confirm";
import { BriefForm } from "./brief-form";
import { BriefLibrary, type BriefTemplateOption, type StoredBrief } from "./brief-library";
import { AssetKindCard } from "./asset-kind-card";
import { useAssetKindLabel } from "./use-asset-kind-label";
import { useBriefErrorText, useListText } from "./use-brief-text";
import { fromBriefInput, INITIAL_BRIEF, toBriefInput, validateBrief, type BriefValues } from "./brief-values";
import { GenerationStatus } from "./generation-status";
import type { ProductOption } from "./product-groups";
import type { CampaignChoice } from "./campaign-choice";
import { useGenerationStream } from "./use-generation-stream";

export type GenerateWorkbenchProps = {
  workspaceId: string;
  /** `/<slug>`: submitted cards link to their asset page. */
  workspacePath?: string;
  products: ProductOption[];
  /** Open campaigns a brief can be written in (the brief's campaign picker). */
  campaigns?: CampaignChoice[];
  /** Whether the member may hand drafts to review (asset:submit); marketers without it only save. */
  canSubmit: boolean;
  /** "Duplicate brief": the brief of the asset the member started from. */
  initialBrief?: BriefInput | null;
  recentBriefs?: StoredBrief[];
  templates?: BriefTemplateOption[];
};

/** The Generate page: brief → streamed drafts per asset kind → inline edits, save and submit for review. */
export function GenerateWorkbench({ workspaceId, workspacePath, products, campaigns = [], canSubmit, initialBrief = null, recentBriefs = [], templates = [] }: GenerateWorkbenchProps) {
  const t = useTranslations("generate.workbench");
  const kindLabel = useAssetKindLabel();
  const briefErrorText = useBriefErrorText();
  const list = useListText();
  const { state, start, stop } = useGenerationStream();
  // The brief of the cards on screen: "Another variant" asks for a new wording of exactly this brief.
  const [runBrief, setRunBrief] = useState<BriefInput | null>(null);
  // A ref, not state: only read when the next generation starts, so no re-render is needed.
  const unsavedKinds = useRef(new Set<AssetKind>());
  // Applying a stored brief remounts the form with it; the form keeps its own values otherwise.
  const [formSeed, setFormSeed] = useState<{ key: number; values: BriefValues }>(() => ({ key: 0, values: initialBrief ? fromBriefInput(initialBrief) : INITIAL_BRIEF }));
  const currentValues = useRef(formSeed.values);
  const onValuesChange = useCallback((values: BriefValues) => {
    currentValues.current = values;
  }, []);

  const onDirtyChange = useCallback((kind: AssetKind, dirty: boolean) => {
    if (dirty) unsavedKinds.current.add(kind);
    else unsavedKinds.current.delete(kind);
  }, []);

  // A run waiting for the marketer to confirm that unsaved edits on the cards may go.
  const [pendingRun, setPendingRun] = useState<{ brief: BriefInput; unsaved: string[] } | null>(null);

  function run(brief: BriefInput) {
    setPendingRun(null);
    setRunBrief(brief);
    void start(workspaceId, brief);
  }

  function generate(brief: BriefInput) {
    const unsaved = [...unsavedKinds.current].map(kindLabel);
    // A new run replaces the cards; saved drafts stay on the server, unsaved edits would vanish.
    if (unsaved.length > 0) setPendingRun({ brief, unsaved });
    else run(brief);
  }

  return (
    <div className="space-y-6">
      <BriefLibrary
        workspaceId={workspaceId}
        products={products}
        recent={recentBriefs}
        templates={templates}
        currentBrief={() => (Object.keys(validateBrief(currentValues.current, briefErrorText)).length === 0 ? toBriefInput(currentValues.current) : null)}
        onApply={(brief) => setFormSeed((seed) => ({ key: seed.key + 1, values: fromBriefInput(brief) }))}
      />
      <BriefForm
        key={formSeed.key}
        initial={formSeed.values}
        onValuesChange={onValuesChange}
        products={products}
        campaigns={campaigns}
        busy={state.status === "streaming"}
        onGenerate={generate}
        onStop={stop}
      />
      {pendingRun ? (
        <InlineConfirm
          tone="caution"
          question={t("discardQuestion")}
          consequence={t("discardConsequence", { kinds: list(pendingRun.unsaved) })}
          confirmLabel={t("discardConfirm")}
          onConfirm={() => run(pendingRun.brief)}
          onCancel={() => setPendingRun(null)}
          testId="discard-unsaved-edits"
        />
      ) : null}
      <GenerationStatus messages={state.messages} />
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.runs.length > 0 ? (
        <section aria-labelledby="generate-results-heading" className="space-y-4">
          <h2 id="generate-results-heading" className="text-lg font-medium">
            {t("draftsHeading")}
          </h2>
          {state.runs.map((run) => (
            <AssetKindCard key={`${state.runId}-${run.kind}`} run={run} workspaceId={workspaceId} workspacePath={workspacePath} canSubmit={canSubmit} onDirtyChange={onDirtyChange} brief={runBrief} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
