import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { classificationsFor } from "@/lib/knowledge/classification";
import { MAX_FEED_BYTES, MAX_UPLOAD_BYTES } from "@/lib/knowledge/limits";
import { listSources } from "@/lib/knowledge/sources/queries";
import { listConnectors } from "@/lib/knowledge/connectors/queries";
import { PageHeader } from "@/components/ui/page-header";
import { AutoRefresh } from "@/components/knowledge/auto-refresh";
import { FeedImport } from "@/components/knowledge/feed-import";
import { PasteForm } from "@/components/knowledge/paste-form";
import { Playground } from "@/components/knowledge/playground";
import { SourceList } from "@/components/knowledge/source-list";
import { UploadPanel } from "@/components/knowledge/upload-panel";
import { AddFeedUrlForm } from "@/components/knowledge/connectors/add-feed-url-form";
import { AddWebsiteForm } from "@/components/knowledge/connectors/add-website-form";
import { ConnectorList } from "@/components/knowledge/connectors/connector-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("knowledge.page");
  return { title: t("title") };
}

export default async function KnowledgePage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "knowledge:read" });
  const classifications = classificationsFor(membership.role);
  const db = await getDb();
  const sources = await listSources(db, { workspaceId: membership.workspaceId, classifications });
  const canWrite = roleHasPermission(membership.role, "knowledge:write");
  // Connectors are managed with knowledge:write (connector-actions.ts); others see their URLs with secrets masked.
  const connectors = await listConnectors(db, { workspaceId: membership.workspaceId, classifications, canManage: canWrite });
  const isIngesting = sources.some((s) => s.status === "queued" || s.status === "processing") || connectors.some((c) => c.isSyncing || c.history.length === 0);
  const t = await getTranslations("knowledge.page");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <AutoRefresh isActive={isIngesting} />
      <div className="space-y-8">
        <section aria-labelledby="sources-heading">
          <h2 id="sources-heading" className="mb-3 text-lg font-medium">
            {t("sourcesHeading", { count: sources.length })}
          </h2>
          <SourceList workspaceSlug={membership.slug} workspaceId={membership.workspaceId} sources={sources} canWrite={canWrite} />
        </section>
        <ConnectorList workspaceId={membership.workspaceId} connectors={connectors} canWrite={canWrite} />
        <Playground workspaceId={membership.workspaceId} workspaceSlug={membership.slug} />
        {canWrite ? (
          <>
            <UploadPanel workspaceId={membership.workspaceId} maxBytes={MAX_UPLOAD_BYTES} />
            <PasteForm workspaceId={membership.workspaceId} />
            <FeedImport workspaceId={membership.workspaceId} maxBytes={MAX_FEED_BYTES} />
            <AddWebsiteForm workspaceId={membership.workspaceId} />
            <AddFeedUrlForm workspaceId={membership.workspaceId} />
          </>
        ) : (
          <p className="text-sm text-slate-600">{t("readOnly")}</p>
        )}
      </div>
    </>
  );
}
