"use client";

import { useId, useState } from "react";
import type { ReviewAction } from "@/lib/review/workflow";
import { Alert } from "@/components/ui/alert";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import { DecisionDialogs, needsOverrideReason, type DialogTarget, type OpenDialog } from "@/components/review/decision-dialogs";
import { useReviewDecisions } from "@/components/review/use-review-decisions";

const LABELS: Record<ReviewAction, string> = {
  submit: "Submit for review",
  request_changes: "Request changes",
  approve: "Approve",
  publish: "Publish",
  archive: "Archive",
};

/**
 * The workflow buttons this viewer may use in this state. Decisions act on the saved current
 * version, so they wait while there are unsaved edits (the reason is shown, not just a dimmed
 * button). The server re-checks everything; its refusal (four eyes, a stale state) is shown.
 */
export function TransitionBar({
  workspaceId,
  asset,
  actions,
  dirty,
  fourEyesNote,
}: {
  workspaceId: string;
  asset: DialogTarget;
  actions: ReviewAction[];
  dirty: boolean;
  fourEyesNote: string | null;
}) {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const decisions = useReviewDecisions(workspaceId, { onSuccess: () => setDialog(null) });
  const hintId = useId();
  // After a decision the buttons may all go (a submitted asset leaves its author's hands); the outcome stays visible.
  if (actions.length === 0 && !decisions.feedback) return null;

  function run(action: ReviewAction) {
    switch (action) {
      case "submit":
        return decisions.submit(asset.id);
      case "request_changes":
        return setDialog({ kind: "request_changes", row: asset });
      case "approve":
        return needsOverrideReason(asset) ? setDialog({ kind: "override", row: asset }) : decisions.approve(asset.id, asset.currentVersion);
      case "publish":
        return decisions.publish(asset.id, asset.currentVersion);
      case "archive":
        return setDialog({ kind: "archive", row: asset });
    }
  }

  return (
    <section aria-label="Workflow" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-2">
        {actions.map((action) => (
          <SoftDisabledButton
            key={action}
            type="button"
            variant={action === "approve" || action === "publish" || action === "submit" ? "primary" : action === "archive" ? "danger" : "secondary"}
            unavailable={decisions.pending || (dirty && action !== "archive")}
            aria-describedby={hintId}
            onClick={() => run(action)}
          >
            {LABELS[action]}
          </SoftDisabledButton>
        ))}
      </div>
      <p id={hintId} className="text-sm text-slate-600">
        {dirty
          ? "Save or discard your edits first: decisions apply to the saved version."
          : `Decisions apply to the current version ${asset.currentVersion}.${asset.errors > 0 && actions.includes("approve") ? " It fails validation: approving it needs an override reason." : ""}${asset.belowMinimum && actions.includes("approve") ? ` Its compliance score ${asset.belowMinimum.score} is below the minimum of ${asset.belowMinimum.minimum}: approving it needs an override reason.` : ""}`}
      </p>
      {fourEyesNote ? <p className="text-sm font-medium text-amber-900">{fourEyesNote}</p> : null}
      <div aria-live="polite" data-testid="workflow-feedback">
        {decisions.feedback && !dialog ? <Alert tone={decisions.feedback.tone}>{decisions.feedback.message}</Alert> : null}
      </div>
      <DecisionDialogs dialog={dialog} decisions={decisions} onClose={() => setDialog(null)} />
    </section>
  );
}
