"use client";

import { useCallback, useRef } from "react";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Alert } from "@/components/ui/alert";
import { BriefForm } from "./brief-form";
import { AssetKindCard } from "./asset-kind-card";
import { ASSET_KIND_LABELS } from "./asset-kinds";
import { GenerationStatus } from "./generation-status";
import type { ProductOption } from "./product-groups";
import { useGenerationStream } from "./use-generation-stream";

export type GenerateWorkbenchProps = {
  workspaceId: string;
  products: ProductOption[];
  /** Whether the member may hand drafts to review (asset:submit); marketers without it only save. */
  canSubmit: boolean;
};

/** The Generate page: brief → streamed drafts per asset kind → inline edits, save and submit for review. */
export function GenerateWorkbench({ workspaceId, products, canSubmit }: GenerateWorkbenchProps) {
  const { state, start, stop } = useGenerationStream();
  // A ref, not state: only read when the next generation starts, so no re-render is needed.
  const unsavedKinds = useRef(new Set<AssetKind>());

  const onDirtyChange = useCallback((kind: AssetKind, dirty: boolean) => {
    if (dirty) unsavedKinds.current.add(kind);
    else unsavedKinds.current.delete(kind);
  }, []);

  function generate(brief: BriefInput) {
    const unsaved = [...unsavedKinds.current].map((kind) => ASSET_KIND_LABELS[kind]);
    // A new run replaces the cards; saved drafts stay on the server, unsaved edits would vanish.
    if (unsaved.length > 0 && !window.confirm(`You have unsaved edits in: ${unsaved.join(", ")}. Generating again discards them. Continue?`)) return;
    void start(workspaceId, brief);
  }

  return (
    <div className="space-y-6">
      <BriefForm products={products} busy={state.status === "streaming"} onGenerate={generate} onStop={stop} />
      <GenerationStatus messages={state.messages} />
      {state.error ? <Alert tone="error">{state.error}</Alert> : null}
      {state.runs.length > 0 ? (
        <section aria-labelledby="generate-results-heading" className="space-y-4">
          <h2 id="generate-results-heading" className="text-lg font-medium">
            Drafts
          </h2>
          {state.runs.map((run) => (
            <AssetKindCard key={`${state.runId}-${run.kind}`} run={run} workspaceId={workspaceId} canSubmit={canSubmit} onDirtyChange={onDirtyChange} />
          ))}
        </section>
      ) : null}
    </div>
  );
}
