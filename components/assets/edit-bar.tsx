"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useRightsReasonText } from "./use-rights-reason-text";
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
  const t = useTranslations("assets.editBar");
  const reasonText = useRightsReasonText();
  if (!rights.canEdit) {
    return rights.readOnlyReason ? <p className="text-sm text-slate-700">{reasonText(rights.readOnlyReason)}</p> : null;
  }
  const stateName = state === "published" ? "published" : "approved";
  const newDraftWarning = rights.editStartsNewDraft
    ? publishedVersion !== null
      ? t("newDraftKeepsPublished", { state: stateName, version: publishedVersion })
      : t("newDraft", { state: stateName })
    : null;

  return (
    // While editing, Save stays in view however far down the fields go.
    <div className={`space-y-2 ${isEditing ? "sticky top-0 z-10 bg-slate-50 py-1" : ""}`}>
      {!isEditing ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="button" variant="secondary" onClick={onStart}>
            {t("edit")}
          </Button>
          {newDraftWarning ? <p className="text-sm text-amber-900">{newDraftWarning}</p> : null}
        </div>
      ) : (
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2">
          <SoftDisabledButton type="button" onClick={editor.save} unavailable={!editor.dirty || editor.isSaving} aria-describedby={hintId}>
            {t("save")}
          </SoftDisabledButton>
          <Button type="button" variant="secondary" onClick={onStop}>
            {editor.dirty ? t("discard") : t("done")}
          </Button>
          <p id={hintId} className={`text-sm ${editor.dirty ? "font-medium text-amber-900" : "text-slate-700"}`}>
            {editor.isSaving ? t("saving") : editor.dirty ? t("unsaved") : t("allSaved", { version: editor.version })}
            {newDraftWarning ? ` ${newDraftWarning}` : ""}
          </p>
        </div>
      )}
      <div aria-live="polite">
        {editor.isConflict ? (
          <Alert tone="error">
            <span className="font-semibold">{t("notSaved")} </span>
            {editor.saveError} {t("conflictHint")}
          </Alert>
        ) : editor.saveError ? (
          <Alert tone="error">{editor.saveError}</Alert>
        ) : editor.saveSucceeded && !editor.dirty ? (
          <Alert tone="success">{t("saved", { version: editor.version })}</Alert>
        ) : null}
      </div>
    </div>
  );
}
