"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SoftDisabledButton } from "@/components/generate/soft-disabled-button";
import type { StoredAssetEditor } from "./use-stored-asset-editor";
import type { ViewerRights } from "./viewer-rights";

/**
 * Edit / Save / Cancel with what saving will do. A save is a new immutable version; on an
 * approved or published asset it also starts a new draft (the approval was for a version), so
 * that is said before anyone types. A conflict keeps the edits and shows the other change.
 */
export function EditBar({
  editor,
  rights,
  isEditing,
  state,
  publishedVersion,
  onStart,
  onStop,
}: {
  editor: StoredAssetEditor;
  rights: ViewerRights;
  isEditing: boolean;
  state: string;
  publishedVersion: number | null;
  onStart(): void;
  onStop(): void;
}) {
  const hintId = useId();
  if (!rights.canEdit) {
    return rights.readOnlyReason ? <p className="text-sm text-slate-700">{rights.readOnlyReason}</p> : null;
  }
  const newDraftWarning = rights.editStartsNewDraft
    ? `This asset is ${state === "published" ? "published" : "approved"}. Saving an edit creates a new version as a draft that must be reviewed again${publishedVersion !== null ? `; exports and the CMS keep version ${publishedVersion} until a new version is published` : ""}.`
    : null;

  return (
    // While editing, Save stays in view however far down the fields go.
    <div className={`space-y-2 ${isEditing ? "sticky top-0 z-10 bg-slate-50 py-1" : ""}`}>
      {!isEditing ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={onStart}>
            Edit
          </Button>
          {newDraftWarning ? <p className="text-sm text-amber-900">{newDraftWarning}</p> : null}
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2">
          <SoftDisabledButton type="button" onClick={editor.save} unavailable={!editor.dirty || editor.isSaving} aria-describedby={hintId}>
            Save as new version
          </SoftDisabledButton>
          <Button type="button" variant="secondary" onClick={onStop}>
            {editor.dirty ? "Discard edits" : "Done editing"}
          </Button>
          <p id={hintId} className={`text-sm ${editor.dirty ? "font-medium text-amber-900" : "text-slate-700"}`}>
            {editor.isSaving ? "Saving…" : editor.dirty ? "Unsaved changes." : `All changes saved (version ${editor.version}).`}
            {newDraftWarning ? ` ${newDraftWarning}` : ""}
          </p>
        </div>
      )}
      <div aria-live="polite">
        {editor.isConflict ? (
          <Alert tone="error">
            <span className="font-semibold">Not saved: </span>
            {editor.saveError} Nothing was overwritten and your edits are still here; copy them before you reload.
          </Alert>
        ) : editor.saveError ? (
          <Alert tone="error">{editor.saveError}</Alert>
        ) : editor.saveSucceeded && !editor.dirty ? (
          <Alert tone="success">Saved as version {editor.version}.</Alert>
        ) : null}
      </div>
    </div>
  );
}
