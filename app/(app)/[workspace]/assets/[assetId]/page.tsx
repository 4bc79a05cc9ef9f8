import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { classificationsFor } from "@/lib/knowledge/classification";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import { loadCitedSources } from "@/lib/review/cited-sources";
import { getAssetDetail } from "@/lib/review/queries";
import { AssetHeader } from "@/components/assets/asset-header";
import { AssetNotices } from "@/components/assets/asset-notices";
import { AssetWorkbench } from "@/components/assets/asset-workbench";
import { OmissionNotes } from "@/components/generate/omission-notes";
import { AssetDeliveries } from "@/components/assets/deliveries-table";
import { ExportsPanel } from "@/components/assets/exports-panel";
import { HistoryList } from "@/components/assets/history-list";
import { parseVersionParam } from "@/components/assets/library-params";
import { VersionsPanel } from "@/components/assets/versions-panel";
import { viewerRights } from "@/components/assets/viewer-rights";
import { loadMinimumScores } from "@/lib/assets/compliance/load-compliance";
import type { SearchParams } from "@/components/review/queue-params";
import { DraftLifecyclePanel } from "@/components/generate/draft-lifecycle-panel";
import { draftArchiveRights } from "@/components/generate/draft-rights";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("assets.detail");
  return { title: t("title") };
}

async function loadDetail(options: Parameters<typeof getAssetDetail>[1]) {
  try {
    return await getAssetDetail(await getDb(), options);
  } catch (error) {
    // Another workspace's asset, or a version that does not exist: a plain 404, no leak.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function AssetPage({ params, searchParams }: { params: Promise<{ workspace: string; assetId: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace, assetId } = await params;
  const query = await searchParams;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:read" });
  const detail = await loadDetail({ workspaceId: membership.workspaceId, assetId, version: parseVersionParam(query) });
  const { asset, version } = detail;
  const isCurrentVersion = version.number === asset.currentVersion;
  const rights = viewerRights({ role: membership.role, userId: user.id, state: asset.state, createdBy: asset.createdBy, lastEditedBy: asset.lastEditedBy, isCurrentVersion });
  const sources = await loadCitedSources(await getDb(), {
    workspaceId: membership.workspaceId,
    assetId: asset.id,
    content: version.content,
    classifications: classificationsFor(membership.role),
  });
  const labels = new Map(visibleTextFields(version.content).map((field) => [field.path, field.label]));
  const libraryHref = `/${membership.slug}/assets`;
  const assetPath = `${libraryHref}/${asset.id}`;
  const archiveRights = draftArchiveRights({ role: membership.role, userId: user.id, createdBy: asset.createdBy, state: asset.state, isArchived: asset.archivedAt !== null });
  const t = await getTranslations("assets.detail");
  const tCommon = await getTranslations("common");
  const format = await getFormatter();
  const dateTime = (value: Date) => tCommon("timeZoneSuffix", { time: format.dateTime(value, "dateTime") });
  const changeRequest = asset.state === "changes_requested" ? detail.transitions.find((t) => t.action === "request_changes") : undefined;

  return (
    <>
      <AssetHeader asset={asset} viewedVersion={version.number} libraryHref={libraryHref} />
      <AssetNotices
        overrideReason={asset.validationOverrideReason}
        changeRequest={changeRequest ?? null}
        olderVersion={isCurrentVersion ? null : { number: version.number, createdAt: version.createdAt, current: asset.currentVersion, currentHref: assetPath }}
      />
      <OmissionNotes omissions={version.omissions} />
      <DraftLifecyclePanel
        workspaceId={membership.workspaceId}
        assetId={asset.id}
        isArchived={asset.archivedAt !== null}
        canArchive={archiveRights.canArchive}
        archiveUnavailableReason={archiveRights.reason}
        duplicateHref={roleHasPermission(membership.role, "asset:generate") ? `/${membership.slug}/generate?from=${asset.id}` : null}
      />
      <AssetWorkbench
        key={version.number === asset.currentVersion ? "current" : `v${version.number}`}
        workspaceId={membership.workspaceId}
        asset={{ id: asset.id, title: asset.title, kind: asset.kind, state: asset.state, currentVersion: asset.currentVersion, publishedVersion: asset.publishedVersion }}
        version={{ number: version.number, content: version.content, validation: version.validation, compliance: version.compliance }}
        isCurrentVersion={isCurrentVersion}
        rights={rights}
        sources={sources}
        startEditing={query.edit === "1"}
        minScoreToApprove={(await loadMinimumScores(await getDb(), membership.workspaceId)).toApprove}
        comments={detail.comments.map((c) => ({
          id: c.id,
          fieldPath: c.fieldPath,
          fieldLabel: c.fieldPath ? (labels.get(c.fieldPath) ?? c.fieldPath) : t("wholeAsset"),
          version: c.version,
          body: c.body,
          authorName: c.authorName ?? c.authorEmail ?? t("someone"),
          createdAt: dateTime(c.createdAt),
          resolvedAt: c.resolvedAt ? dateTime(c.resolvedAt) : null,
        }))}
      />
      <div className="mt-6 space-y-6">
        <VersionsPanel
          workspaceId={membership.workspaceId}
          assetId={asset.id}
          assetPath={assetPath}
          viewed={version.number}
          current={asset.currentVersion}
          published={asset.publishedVersion}
          canRestore={rights.canRestore}
          versions={detail.versions.map((v) => ({ ...v, createdAt: dateTime(v.createdAt) }))}
        />
        <ExportsPanel workspaceId={membership.workspaceId} asset={asset} />
        <div className="grid gap-6 lg:grid-cols-2">
          <HistoryList entries={detail.transitions} />
          <AssetDeliveries deliveries={detail.deliveries} adminHref={roleHasPermission(membership.role, "settings:manage") ? `/${membership.slug}/admin/webhook` : null} />
        </div>
      </div>
    </>
  );
}
