import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listWorkspaceExports } from "@/lib/data-protection/export/export-records";
import { PageHeader } from "@/components/ui/page-header";
import { ExportPanel } from "@/components/data-protection/export-panel";
import { ExportHistory } from "@/components/data-protection/export-history";

export const metadata: Metadata = { title: "Export workspace" };

export default async function ExportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "workspace:export" });
  const exports = await listWorkspaceExports(await getDb(), { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader
        title="Export workspace"
        description="Everything of this workspace as one ZIP archive: sources and versions, products, brand rules, assets with versions and comments, KPI, model calls, webhook deliveries, members and the audit log, as JSON Lines and CSV with a manifest. Secrets are never included."
      />
      <ExportPanel workspaceId={membership.workspaceId} />
      <ExportHistory
        exports={exports.map((e) => ({
          id: e.id,
          status: e.status,
          rowsWritten: e.rowsWritten,
          bytesWritten: e.bytesWritten,
          createdAt: e.createdAt.toISOString(),
          error: e.error,
        }))}
      />
    </>
  );
}
