"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { SoftDisabledButton } from "./soft-disabled-button";
import type { AssetEditor } from "./use-asset-editor";

/**
 * Save and submit. Submitting is disabled while there are unsaved edits (with the reason
 * shown next to it) rather than saving implicitly: the reviewer must see exactly the version
 * the marketer last saved and checked.
 */
export function CardActions({ editor, canSubmit }: { editor: AssetEditor; canSubmit: boolean }) {
  const hintId = useId();
  const hint = describeSaveState(editor, canSubmit);

  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <div className="flex flex-wrap items-center gap-3">
        <SoftDisabledButton type="button" onClick={editor.save} unavailable={!editor.dirty || editor.isSaving || editor.submitted} aria-describedby={hintId}>
          Save draft
        </SoftDisabledButton>
        {canSubmit ? (
          <SoftDisabledButton
            type="button"
            variant="secondary"
            onClick={editor.submit}
            unavailable={editor.dirty || editor.isSaving || editor.isSubmitting || editor.submitted}
            aria-describedby={hintId}
          >
            Submit for review
          </SoftDisabledButton>
        ) : null}
        <p id={hintId} className={`text-sm ${editor.dirty && !editor.submitted ? "font-medium text-amber-800" : "text-slate-600"}`}>
          {hint}
        </p>
      </div>
      <div aria-live="polite" className="space-y-2">
        {editor.isConflict ? (
          <Alert tone="error">
            <span className="font-semibold">Conflict: </span>
            {editor.saveError} Nothing was overwritten and your edits are kept here; copy them before you reload.
          </Alert>
        ) : editor.saveError ? (
          <Alert tone="error">{editor.saveError}</Alert>
        ) : editor.saveSucceeded && !editor.dirty && !editor.submitted ? (
          <Alert tone="success">Draft saved as version {editor.version}.</Alert>
        ) : null}
        {editor.submitError ? <Alert tone="error">{editor.submitError}</Alert> : null}
        {editor.submitted ? <Alert tone="success">Submitted for review</Alert> : null}
      </div>
    </div>
  );
}

function describeSaveState(editor: AssetEditor, canSubmit: boolean): string {
  if (editor.submitted) return "This version is in the review queue; editing is closed.";
  if (editor.isSaving) return "Saving…";
  if (editor.dirty) return canSubmit ? "Unsaved changes. Save the draft before submitting it for review." : "Unsaved changes.";
  return `All changes saved (version ${editor.version}).`;
}
