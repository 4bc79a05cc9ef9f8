"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { AssetFields } from "@/components/generate/asset-fields";
import { CitedSources } from "@/components/generate/cited-sources";
import { fieldId, FieldContextProvider } from "@/components/generate/field-context";
import type { SourcePassage } from "@/lib/assets/schemas/source-passage";
import { ValidationSummary } from "@/components/generate/validation-summary";
import { ComplianceSummary } from "./compliance-summary";
import { belowApproveMinimum } from "@/lib/assets/compliance/minimum-scores";
import { CommentsProvider, type CommentView } from "./comments-context";
import { CommentsOverview, FieldComments } from "./field-comments";
import { EditBar } from "./edit-bar";
import { TransitionBar } from "./transition-bar";
import { useStoredAssetEditor, type StoredVersion } from "./use-stored-asset-editor";
import type { ViewerRights } from "./viewer-rights";

/** One editor per page, so field ids can be stable and linkable (`#asset-headlines-1-text`). */
const ID_PREFIX = "asset";

export type WorkbenchAsset = { id: string; title: string; kind: AssetKind; state: string; currentVersion: number; publishedVersion: number | null };

/**
 * The interactive middle of the asset page: workflow buttons, the validation report, the fields
 * (read-only, or edited inline) with each field's comments next to it, and the comment overview.
 * Fields are read-only until "Edit" so a reviewer reading and commenting cannot change text by
 * accident; the queue's "e" opens the page with editing on.
 */
export function AssetWorkbench({
  workspaceId,
  asset,
  version,
  isCurrentVersion,
  rights,
  sources,
  comments,
  startEditing,
  minScoreToApprove,
}: {
  workspaceId: string;
  asset: WorkbenchAsset;
  version: StoredVersion;
  isCurrentVersion: boolean;
  rights: ViewerRights;
  sources: SourcePassage[];
  comments: CommentView[];
  startEditing: boolean;
  /** The workspace's minimum compliance score to approve; null: none. */
  minScoreToApprove: number | null;
}) {
  const router = useRouter();
  const t = useTranslations("assets.workbench");
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [isEditing, setIsEditing] = useState(startEditing && rights.canEdit);
  const fieldsRef = useRef<HTMLDivElement>(null);
  const editor = useStoredAssetEditor({
    workspaceId,
    assetId: asset.id,
    kind: asset.kind,
    version,
    sources,
    onSaved: () => {
      // A `?version=` in the URL now names an older version: drop it so the page shows the new one.
      if (searchParams.has("version")) router.replace(`${pathname}?edit=1`);
      else router.refresh();
    },
  });

  // Opened with ?edit=1 (the queue's "e"): put the cursor in the first field.
  useEffect(() => {
    if (startEditing && rights.canEdit) fieldsRef.current?.querySelector<HTMLElement>("input:not([readonly]), textarea:not([readonly])")?.focus();
  }, [startEditing, rights.canEdit]);

  // Leaving with unsaved edits loses them: ask the browser to confirm.
  useEffect(() => {
    if (!editor.dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [editor.dirty]);

  const editing = isEditing && rights.canEdit;
  const fieldLabelAnchor = (path: string) => fieldId(ID_PREFIX, path);

  return (
    <CommentsProvider workspaceId={workspaceId} assetId={asset.id} comments={comments} fieldAnchor={fieldLabelAnchor} canComment={rights.canComment}>
      <div className="space-y-4">
        <TransitionBar
          workspaceId={workspaceId}
          asset={{
            id: asset.id,
            title: asset.title,
            errors: isCurrentVersion ? editor.validation.counts.errors : 0,
            currentVersion: asset.currentVersion,
            belowMinimum: isCurrentVersion && !editor.complianceIsLive ? belowApproveMinimum(editor.compliance, minScoreToApprove) : null,
          }}
          actions={rights.actions}
          dirty={editor.dirty}
          fourEyesNote={rights.fourEyesNote}
          unavailable={rights.unavailable}
        />
        <ComplianceSummary compliance={editor.compliance} version={editor.version} live={editor.complianceIsLive} />
        <ValidationSummary validation={editor.validation} version={editor.version} stale={editor.dirty} />
        <EditBar
          editor={editor}
          rights={rights}
          isEditing={editing}
          state={asset.state}
          publishedVersion={asset.publishedVersion}
          onStart={() => {
            setIsEditing(true);
            requestAnimationFrame(() => fieldsRef.current?.querySelector<HTMLElement>("input:not([readonly]), textarea:not([readonly])")?.focus());
          }}
          onStop={() => {
            editor.discard();
            setIsEditing(false);
          }}
        />
        <section aria-label={t("fields")} ref={fieldsRef} className="rounded-lg border border-slate-200 bg-white p-4">
          <FieldContextProvider
            value={{
              idPrefix: ID_PREFIX,
              issues: editor.validation.issues,
              sources: editor.sources,
              readOnly: !editing,
              streaming: false,
              regenerate: editing ? editor.regenerate : undefined,
              regeneratingPath: editor.regeneratingPath,
              fieldAddon: ({ path, label }) => <FieldComments path={path} label={label} />,
            }}
          >
            <AssetFields draft={editor.draft} onChange={(draft) => editing && editor.setDraft(draft)} />
          </FieldContextProvider>
          {editor.regenerateError ? (
            <p role="alert" className="mt-2 text-sm text-red-700">
              {editor.regenerateError}
            </p>
          ) : null}
        </section>
        <CitedSources sources={editor.sources} />
        <CommentsOverview />
      </div>
    </CommentsProvider>
  );
}
