"use client";

import { TextDialog } from "./text-dialog";
import type { ReviewDecisions } from "./use-review-decisions";

export type DialogTarget = {
  id: string;
  title: string;
  errors: number;
  currentVersion: number;
  /** Set when the version's compliance score is below the workspace's minimum to approve. */
  belowMinimum?: { score: number; minimum: number } | null;
};

/** Approving needs an override reason when the version fails validation or scores below the minimum. */
export function needsOverrideReason(target: DialogTarget): boolean {
  return target.errors > 0 || Boolean(target.belowMinimum);
}
export type OpenDialog = { kind: "request_changes" | "override" | "archive"; row: DialogTarget } | null;

/**
 * The decisions that need words: a comment to send an asset back, an override reason to approve
 * a version that fails validation (audited and shown on the asset), an optional note to archive.
 * An error stays inside the open dialog, next to what the person typed.
 */
export function DecisionDialogs({ dialog, decisions, onClose }: { dialog: OpenDialog; decisions: ReviewDecisions; onClose(): void }) {
  const feedback = decisions.feedback;
  const error = dialog && feedback?.tone === "error" && feedback.assetId === dialog.row.id ? feedback.message : null;
  const common = { pending: decisions.pending, error, onClose };
  return (
    <>
      <TextDialog
        {...common}
        open={dialog?.kind === "request_changes"}
        title="Request changes"
        description={dialog ? <>Send “{dialog.row.title}” back to its author with what should change.</> : null}
        fieldLabel="What should change"
        required
        submitLabel="Send back for changes"
        onSubmit={(text) => dialog && decisions.requestChanges(dialog.row.id, dialog.row.currentVersion, text)}
      />
      <TextDialog
        {...common}
        open={dialog?.kind === "override"}
        title={dialog?.row.errors ? "Approve despite validation errors" : "Approve below the minimum compliance score"}
        description={
          dialog ? (
            <>
              The current version of “{dialog.row.title}”{" "}
              {dialog.row.errors > 0 ? <>fails validation ({dialog.row.errors} {dialog.row.errors === 1 ? "error" : "errors"})</> : null}
              {dialog.row.errors > 0 && dialog.row.belowMinimum ? " and " : null}
              {dialog.row.belowMinimum ? <>scores {dialog.row.belowMinimum.score}, below the workspace minimum of {dialog.row.belowMinimum.minimum}</> : null}. Approving it anyway
              records your reason and the score in the audit log and shows the reason on the asset.
            </>
          ) : null
        }
        fieldLabel="Override reason"
        required
        submitLabel="Approve anyway"
        onSubmit={(text) => dialog && decisions.approve(dialog.row.id, dialog.row.currentVersion, { overrideReason: text })}
      />
      <TextDialog
        {...common}
        open={dialog?.kind === "archive"}
        title="Archive asset"
        description="An archived asset leaves every list except the library and can no longer be edited or published."
        fieldLabel="Note for the history"
        required={false}
        submitLabel="Archive"
        onSubmit={(text) => dialog && decisions.archive(dialog.row.id, text || undefined)}
      />
    </>
  );
}
