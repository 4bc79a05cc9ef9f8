"use client";

import type { AssetKind } from "@/lib/assets/schemas/asset";
import { ASSET_KIND_LABELS } from "./asset-kinds";
import type { AssetKindRun } from "./generation-state";
import { ResultBody } from "./result-body";
import { StreamingBody } from "./streaming-body";

const STATUS_TEXT: Record<AssetKindRun["status"], string> = { writing: "Writing…", ready: "Draft saved", failed: "Failed" };

/**
 * One asset kind's card for its whole life: streaming, then the saved draft, or the error. The
 * section keeps its accessible name throughout so tests and screen readers find it once.
 */
export function AssetKindCard({
  run,
  workspaceId,
  canSubmit,
  onDirtyChange,
}: {
  run: AssetKindRun;
  workspaceId: string;
  canSubmit: boolean;
  onDirtyChange(kind: AssetKind, dirty: boolean): void;
}) {
  const label = ASSET_KIND_LABELS[run.kind];
  return (
    <section aria-label={`${label} result`} aria-busy={run.status === "writing"} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-lg font-medium text-slate-900">{label}</h3>
        <span className={`text-sm ${run.status === "failed" ? "text-red-700" : "text-slate-600"}`}>{STATUS_TEXT[run.status]}</span>
      </header>
      {run.status === "writing" ? <StreamingBody kind={run.kind} partial={run.partial} /> : null}
      {run.status === "failed" ? (
        // Not role="alert": the status log already announces the failure once.
        <p className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
          <span className="font-semibold">Error:</span> {run.error.message}
        </p>
      ) : null}
      {run.status === "ready" ? <ResultBody workspaceId={workspaceId} result={run.result} canSubmit={canSubmit} onDirtyChange={onDirtyChange} /> : null}
    </section>
  );
}
