"use client";

import { useAction } from "next-safe-action/hooks";
import { useMemo, useState } from "react";
import { regenerateFieldAction, saveAssetEditAction } from "@/app/(app)/[workspace]/generate/actions";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { describeActionError } from "@/components/admin/action-feedback";
import { toAssetDraft, type AssetDraft } from "@/components/generate/asset-draft";
import { withFieldText } from "@/components/generate/field-update";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

export type StoredVersion = { number: number; content: unknown; validation: ValidationReport };

/**
 * The Generate page's editor (use-asset-editor.ts) for a version loaded from the database
 * instead of a generation result: same draft shape, same save and regenerate actions, no
 * submit (the asset page's workflow buttons do that). "Unsaved" compares with what was last
 * saved, so undoing an edit by hand makes the page clean again.
 */
export function useStoredAssetEditor(options: {
  workspaceId: string;
  assetId: string;
  kind: AssetKind;
  version: StoredVersion;
  sources: SourcePassage[];
  onSaved(result: { version: number; state: string }): void;
}) {
  const initial = toAssetDraft(options.kind, options.version.content);
  const [draft, setDraft] = useState<AssetDraft>(initial);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(initial));
  const [version, setVersion] = useState(options.version.number);
  const [validation, setValidation] = useState(options.version.validation);
  const [sources, setSources] = useState(options.sources);
  const draftJson = useMemo(() => JSON.stringify(draft), [draft]);
  const dirty = draftJson !== savedJson;

  // A newer version arrived from the server (restored, or saved in another tab and the page
  // refreshed): adopt it, unless that would throw away edits typed here.
  const [serverVersion, setServerVersion] = useState(options.version.number);
  if (options.version.number !== serverVersion) {
    setServerVersion(options.version.number);
    if (!dirty) {
      const next = toAssetDraft(options.kind, options.version.content);
      setDraft(next);
      setSavedJson(JSON.stringify(next));
      setVersion(options.version.number);
      setValidation(options.version.validation);
      setSources(options.sources);
    }
  }

  const save = useAction(saveAssetEditAction, {
    onSuccess: ({ data, input }) => {
      setVersion(data.version);
      setValidation(data.validation);
      // What was sent is what is saved; edits typed while the save ran stay unsaved.
      setSavedJson(JSON.stringify(input.content));
      setServerVersion(data.version);
      options.onSaved({ version: data.version, state: data.state });
    },
  });
  const regenerate = useAction(regenerateFieldAction, {
    onSuccess: ({ data }) => {
      setDraft((current) => withFieldText(current, data.path, data.field));
      setSources((current) => [...current, ...data.sources.filter((s) => !current.some((c) => c.chunkId === s.chunkId))]);
    },
  });

  return {
    draft,
    setDraft,
    /** Puts the last saved text back (Cancel). */
    discard: () => setDraft(JSON.parse(savedJson) as AssetDraft),
    version,
    validation,
    dirty,
    sources,
    isSaving: save.isPending,
    saveSucceeded: save.hasSucceeded,
    saveError: describeActionError(save.result),
    /** Someone saved in between (the message names who and what) or the state moved on; the edits stay here. */
    isConflict: save.result.serverError?.code === "conflict",
    save: () => save.execute({ workspaceId: options.workspaceId, assetId: options.assetId, baseVersion: version, content: draft as unknown as Record<string, unknown> }),
    regeneratingPath: regenerate.isPending ? (regenerate.input?.path ?? null) : null,
    regenerateError: describeActionError(regenerate.result),
    regenerate: (path: string) =>
      regenerate.execute({ workspaceId: options.workspaceId, assetId: options.assetId, path: path.replace(/\.text$/, ""), content: draft as unknown as Record<string, unknown> }),
  };
}

export type StoredAssetEditor = ReturnType<typeof useStoredAssetEditor>;
