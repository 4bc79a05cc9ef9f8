"use client";

import { useAction } from "next-safe-action/hooks";
import { useEffect, useMemo, useReducer, useRef, useState } from "react";
import { previewComplianceAction, regenerateFieldAction, saveAssetEditAction } from "@/app/(app)/[workspace]/generate/actions";
import type { ComplianceReport } from "@/lib/assets/compliance/types";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { useActionErrorText } from "@/components/ui/use-action-error-text";
import { toAssetDraft, type AssetDraft } from "./asset-draft";
import { withFieldText } from "./field-update";
import { EMPTY_FIELD_HISTORY, fieldHistoryReducer, previousValue } from "./field-history";
import { fieldPathOf, readAtPath, writeAtPath } from "./field-path";

export type EditedVersion = { content: unknown; version: number; validation: ValidationReport; compliance: ComplianceReport | null; sources: SourcePassage[] };

/** A pause in typing this long re-scores the unsaved text. */
const LIVE_SCORE_DELAY_MS = 700;

/**
 * The editing logic both asset editors share (a fresh generation result on the Generate page,
 * a stored version on the asset page): the draft, the last saved version and its report,
 * "unsaved" (the draft compared with what was last saved, not a flag, so undoing an edit by hand
 * makes the editor clean again), save with its conflict, and regenerate-a-field.
 */
export function useDraftEditor(options: {
  workspaceId: string;
  assetId: string;
  kind: AssetKind;
  initial: EditedVersion;
  onSaved?(result: { version: number; state: string }): void;
}) {
  const errorText = useActionErrorText();
  const [draft, setDraft] = useState<AssetDraft>(() => toAssetDraft(options.kind, options.initial.content));
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toAssetDraft(options.kind, options.initial.content)));
  const [version, setVersion] = useState(options.initial.version);
  const [validation, setValidation] = useState(options.initial.validation);
  const [compliance, setCompliance] = useState(options.initial.compliance);
  const [sources, setSources] = useState<SourcePassage[]>(options.initial.sources);
  const draftJson = useMemo(() => JSON.stringify(draft), [draft]);
  const [history, dispatchHistory] = useReducer(fieldHistoryReducer, EMPTY_FIELD_HISTORY);
  // Read when a change is recorded: the value before it, without re-creating callbacks per keystroke.
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const dirty = draftJson !== savedJson;

  const save = useAction(saveAssetEditAction, {
    onSuccess: ({ data, input }) => {
      setVersion(data.version);
      setValidation(data.validation);
      setCompliance(data.compliance);
      // What was sent is what is saved; edits typed while the save ran stay unsaved.
      setSavedJson(JSON.stringify(input.content));
      options.onSaved?.({ version: data.version, state: data.state });
    },
  });
  // The live score of unsaved text; a result for an older draft than the current one is ignored.
  const preview = useAction(previewComplianceAction);
  const { execute: executePreview } = preview;
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => executePreview({ workspaceId: options.workspaceId, assetId: options.assetId, content: JSON.parse(draftJson) as Record<string, unknown> }), LIVE_SCORE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, draftJson, executePreview, options.workspaceId, options.assetId]);
  const previewIsCurrent = dirty && preview.result.data?.compliance != null && JSON.stringify(preview.input?.content) === draftJson;
  const regenerate = useAction(regenerateFieldAction, {
    onSuccess: ({ data, input }) => {
      // Keyed like the field editors key their edits (the text path), so one Undo serves both.
      dispatchHistory({ type: "record", path: `${input.path}.text`, cause: "regenerate", previous: readAtPath(draftRef.current, input.path) });
      // The new text goes into the editor unsaved; its report shows once it is saved.
      setDraft((current) => withFieldText(current, data.path, data.field));
      setSources((current) => [...current, ...data.sources.filter((s) => !current.some((c) => c.chunkId === s.chunkId))]);
    },
  });

  return {
    draft,
    setDraft,
    /** Takes a version from the server as the saved state (a restore, or a save in another tab). */
    adopt(next: EditedVersion) {
      const nextDraft = toAssetDraft(options.kind, next.content);
      setDraft(nextDraft);
      setSavedJson(JSON.stringify(nextDraft));
      setVersion(next.version);
      setValidation(next.validation);
      setCompliance(next.compliance);
      setSources(next.sources);
    },
    /** Puts the last saved text back (Cancel). */
    discard: () => setDraft(JSON.parse(savedJson) as AssetDraft),
    version,
    validation,
    /** The live score of unsaved edits once computed, else the saved version's. */
    compliance: previewIsCurrent ? preview.result.data!.compliance : compliance,
    complianceIsLive: previewIsCurrent,
    dirty,
    sources,
    isSaving: save.isPending,
    saveSucceeded: save.hasSucceeded,
    saveError: errorText(save.result),
    /** Someone saved in between (the message names who and what) or the state moved on; the edits stay here. */
    isConflict: save.result.serverError?.code === "conflict",
    save: () => save.execute({ workspaceId: options.workspaceId, assetId: options.assetId, baseVersion: version, content: draft as unknown as Record<string, unknown> }),
    /** Called by a field editor before it applies typed text (`path` as the editor names it). */
    recordEdit: (path: string) => dispatchHistory({ type: "record", path, cause: "edit", previous: readAtPath(draftRef.current, fieldPathOf(draftRef.current, path)) }),
    /** Leaving a field ends its typing session: the next edit there is a separate undo step. */
    sealField: (path: string) => dispatchHistory({ type: "seal", path }),
    canUndo: (path: string) => previousValue(history, path) !== undefined,
    undoCauseOf: (path: string) => previousValue(history, path)?.cause ?? null,
    undo: (path: string) => {
      const entry = previousValue(history, path);
      if (!entry) return;
      setDraft((current) => writeAtPath(current, fieldPathOf(current, path), entry.previous));
      dispatchHistory({ type: "undo", path });
    },
    regeneratingPath: regenerate.isPending ? (regenerate.input?.path ?? null) : null,
    regenerateError: errorText(regenerate.result),
    /** `path` is the text's path (`headlines[2].text`); the action takes the cited field's. */
    regenerate: (path: string) =>
      regenerate.execute({ workspaceId: options.workspaceId, assetId: options.assetId, path: path.replace(/\.text$/, ""), content: draft as unknown as Record<string, unknown> }),
  };
}
