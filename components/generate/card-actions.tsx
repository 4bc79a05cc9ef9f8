"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("generate.cardActions");
  const hint = t(saveState(editor, canSubmit), { version: editor.version });

  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <div className="flex flex-wrap items-center gap-3">
        <SoftDisabledButton type="button" onClick={editor.save} unavailable={!editor.dirty || editor.isSaving || editor.submitted} aria-describedby={hintId}>
          {t("saveDraft")}
        </SoftDisabledButton>
        {canSubmit ? (
          <SoftDisabledButton
            type="button"
            variant="secondary"
            onClick={editor.submit}
            unavailable={editor.dirty || editor.isSaving || editor.isSubmitting || editor.submitted}
            aria-describedby={hintId}
          >
            {t("submit")}
          </SoftDisabledButton>
        ) : null}
        <p id={hintId} className={`text-sm ${editor.dirty && !editor.submitted ? "font-medium text-amber-800" : "text-slate-600"}`}>
          {hint}
        </p>
      </div>
      <div aria-live="polite" className="space-y-2">
        {editor.isConflict ? (
          <Alert tone="error">
            {t.rich("conflict", { error: editor.saveError ?? "", strong: (chunks) => <span className="font-semibold">{chunks}</span> })}
          </Alert>
        ) : editor.saveError ? (
          <Alert tone="error">{editor.saveError}</Alert>
        ) : editor.saveSucceeded && !editor.dirty && !editor.submitted ? (
          <Alert tone="success">{t("savedAsVersion", { version: editor.version })}</Alert>
        ) : null}
        {editor.submitError ? <Alert tone="error">{editor.submitError}</Alert> : null}
        {editor.submitted ? <Alert tone="success">{t("submitted")}</Alert> : null}
      </div>
    </div>
  );
}

/** The key of the hint next to the buttons (`generate.cardActions.state.*`). */
function saveState(editor: AssetEditor, canSubmit: boolean) {
  if (editor.submitted) return "state.inReview" as const;
  if (editor.isSaving) return "state.saving" as const;
  if (editor.dirty) return canSubmit ? ("state.unsavedSubmit" as const) : ("state.unsaved" as const);
  return "state.allSaved" as const;
}
