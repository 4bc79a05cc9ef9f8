"use client";

import { useState } from "react";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import type { ValidationReport } from "@/lib/assets/validate/types";
import type { ComplianceReport } from "@/lib/assets/compliance/types";
import { useDraftEditor } from "@/components/generate/use-draft-editor";

export type StoredVersion = { number: number; content: unknown; validation: ValidationReport; compliance: ComplianceReport | null };

/**
 * The shared draft editor (components/generate/use-draft-editor.ts) for a version loaded from
 * the database instead of a generation result: no submit (the asset page's workflow buttons do
 * that), and a newer version from the server is adopted unless that would throw away edits.
 */
export function useStoredAssetEditor(options: {
  workspaceId: string;
  assetId: string;
  kind: AssetKind;
  version: StoredVersion;
  sources: SourcePassage[];
  onSaved(result: { version: number; state: string }): void;
}) {
  const [serverVersion, setServerVersion] = useState(options.version.number);
  const { adopt, ...editor } = useDraftEditor({
    workspaceId: options.workspaceId,
    assetId: options.assetId,
    kind: options.kind,
    initial: { content: options.version.content, version: options.version.number, validation: options.version.validation, compliance: options.version.compliance, sources: options.sources },
    onSaved: (result) => {
      setServerVersion(result.version);
      options.onSaved(result);
    },
  });

  // A newer version arrived from the server (restored, or saved in another tab and the page
  // refreshed): adopt it, unless that would throw away edits typed here.
  if (options.version.number !== serverVersion) {
    setServerVersion(options.version.number);
    if (!editor.dirty) adopt({ content: options.version.content, version: options.version.number, validation: options.version.validation, compliance: options.version.compliance, sources: options.sources });
  }

  return editor;
}

export type StoredAssetEditor = ReturnType<typeof useStoredAssetEditor>;
