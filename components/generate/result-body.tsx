"use client";

import { useEffect, useId } from "react";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { AssetFields } from "./asset-fields";
import { CardActions } from "./card-actions";
import { CitedSources } from "./cited-sources";
import { FieldContextProvider } from "./field-context";
import { ModelNotice } from "./model-notice";
import { OmissionNotes } from "./omission-notes";
import { ExportLinks } from "./export-links";
import type { ResultEvent } from "./parse-event";
import { useAssetEditor } from "./use-asset-editor";
import { ValidationSummary } from "./validation-summary";
import { ComplianceSummary } from "@/components/assets/compliance-summary";

export type ResultBodyProps = {
  workspaceId: string;
  result: ResultEvent;
  canSubmit: boolean;
  /** Tells the workbench about unsaved edits, so a new generation does not silently discard them. */
  onDirtyChange(kind: AssetKind, dirty: boolean): void;
};

/** A saved draft: who wrote it, its report, the editable fields and the save/submit actions. */
export function ResultBody({ workspaceId, result, canSubmit, onDirtyChange }: ResultBodyProps) {
  const editor = useAssetEditor(workspaceId, result);
  const idPrefix = useId();
  const unsaved = editor.dirty && !editor.submitted;

  useEffect(() => {
    onDirtyChange(result.kind, unsaved);
    return () => onDirtyChange(result.kind, false);
  }, [onDirtyChange, result.kind, unsaved]);

  return (
    <div className="space-y-4">
      <ModelNotice result={result} />
      <ComplianceSummary compliance={editor.compliance} version={editor.version} live={editor.complianceIsLive} />
      <ValidationSummary validation={editor.validation} version={editor.version} stale={unsaved} />
      <OmissionNotes omissions={result.omissions} />
      <FieldContextProvider
        value={{
          idPrefix,
          issues: editor.validation.issues,
          sources: editor.sources,
          readOnly: editor.submitted,
          streaming: false,
          regenerate: editor.regenerate,
          regeneratingPath: editor.regeneratingPath,
        }}
      >
        <AssetFields draft={editor.draft} onChange={editor.setDraft} />
      </FieldContextProvider>
      {editor.regenerateError ? (
        <p role="alert" className="text-sm text-red-700">
          {editor.regenerateError}
        </p>
      ) : null}
      <CitedSources sources={editor.sources} />
      <CardActions editor={editor} canSubmit={canSubmit} />
      <ExportLinks workspaceId={workspaceId} assetId={result.assetId} kind={result.kind} />
    </div>
  );
}
