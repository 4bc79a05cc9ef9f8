"use client";

import { useAction } from "next-safe-action/hooks";
import { useState } from "react";
import { submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import type { AssetDraft } from "./asset-draft";
import type { ResultEvent } from "./parse-event";
import { useDraftEditor } from "./use-draft-editor";

/**
 * The editing state of one generated asset on the Generate page: the shared draft editor
 * (use-draft-editor.ts) plus "Submit for review", after which the card is read-only.
 */
export function useAssetEditor(workspaceId: string, result: ResultEvent) {
  const editor = useDraftEditor({ workspaceId, assetId: result.assetId, kind: result.kind, initial: result });
  const errorText = useActionErrorText();
  const [submitted, setSubmitted] = useState(false);
  const submit = useAction(submitAssetForReviewAction, { onSuccess: () => setSubmitted(true) });
  // A refusal below the minimum score names the failing rules; the error text shows its message.

  return {
    draft: editor.draft,
    setDraft: (next: AssetDraft) => {
      if (!submitted) editor.setDraft(next);
    },
    version: editor.version,
    validation: editor.validation,
    compliance: editor.compliance,
    complianceIsLive: editor.complianceIsLive,
    dirty: editor.dirty,
    submitted,
    isSaving: editor.isSaving,
    isSubmitting: submit.isPending,
    saveSucceeded: editor.saveSucceeded,
    saveError: editor.saveError,
    /** A newer version was saved elsewhere; the edits stay in the editor and need a reload to merge by hand. */
    isConflict: editor.isConflict,
    submitError: errorText(submit.result),
    sources: editor.sources,
    regeneratingPath: editor.regeneratingPath,
    regenerateError: editor.regenerateError,
    regenerate: editor.regenerate,
    recordEdit: editor.recordEdit,
    sealField: editor.sealField,
    canUndo: editor.canUndo,
    undoCauseOf: editor.undoCauseOf,
    undo: editor.undo,
    save: editor.save,
    submit: () => submit.execute({ workspaceId, assetId: result.assetId }),
  };
}

export type AssetEditor = ReturnType<typeof useAssetEditor>;
