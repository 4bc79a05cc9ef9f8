"use client";

import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { regenerateFieldAction, saveAssetEditAction, submitAssetForReviewAction } from "@/app/(app)/[workspace]/generate/actions";
import { describeActionError } from "@/components/admin/action-feedback";
import { toAssetDraft, type AssetDraft } from "./asset-draft";
import type { ResultEvent } from "./parse-event";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import { withFieldText } from "./field-update";

/**
 * The editing state of one generated asset: the draft being edited, the last saved version and
 * its report, and the save and submit actions. "Unsaved" compares the draft with what was last
 * saved (not a flag), so undoing an edit by hand makes the card clean again.
 */
export function useAssetEditor(workspaceId: string, result: ResultEvent) {
  const [draft, setDraft] = useState<AssetDraft>(() => toAssetDraft(result.kind, result.content));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toAssetDraft(result.kind, result.content)));
  const [version, setVersion] = useState(result.version);
  const [validation, setValidation] = useState(result.validation);
  const [submitted, setSubmitted] = useState(false);
  const draftJson = useMemo(() => JSON.stringify(draft), [draft]);
  const dirty = draftJson !== savedJson;

  const save = useAction(saveAssetEditAction, {
    onSuccess: ({ data, input }) => {
      setVersion(data.version);
      setValidation(data.validation);
      // What was sent is what is saved; edits typed while the save ran stay unsaved.
      setSavedJson(JSON.stringify(input.content));
    },
  });
  const submit = useAction(submitAssetForReviewAction, { onSuccess: () => setSubmitted(true) });
  const [sources, setSources] = useState<SourcePassage[]>(result.sources);
  const regenerate = useAction(regenerateFieldAction, {
    onSuccess: ({ data }) => {
      // The new text goes into the editor unsaved; its report shows once it is saved.
      setDraft((current) => withFieldText(current, data.path, data.field));
      setSources((current) => [...current, ...data.sources.filter((s) => !current.some((c) => c.chunkId === s.chunkId))]);
    },
  });

  return {
    draft,
    setDraft: (next: AssetDraft) => {
      if (!submitted) setDraft(next);
    },
    version,
    validation,
    dirty,
    submitted,
    isSaving: save.isPending,
    isSubmitting: submit.isPending,
    saveSucceeded: save.hasSucceeded,
    saveError: describeActionError(save.result),
    /** A newer version was saved elsewhere; the edits stay in the editor and need a reload to merge by hand. */
    isConflict: save.result.serverError?.code === "conflict",
    submitError: describeActionError(submit.result),
    sources,
    regeneratingPath: regenerate.isPending ? (regenerate.input?.path ?? null) : null,
    regenerateError: describeActionError(regenerate.result),
    /** `path` is the text's path (`headlines[2].text`); the action takes the cited field's. */
    regenerate: (path: string) =>
      regenerate.execute({ workspaceId, assetId: result.assetId, path: path.replace(/\.text$/, ""), content: draft as unknown as Record<string, unknown> }),
    save: () => save.execute({ workspaceId, assetId: result.assetId, baseVersion: version, content: draft }),
    submit: () => submit.execute({ workspaceId, assetId: result.assetId }),
  };
}

export type AssetEditor = ReturnType<typeof useAssetEditor>;
