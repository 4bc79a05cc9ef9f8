import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listWorkspaceExports } from "@/lib/data-protection/export/export-records";
import { PageHeader } from "@/components/ui/page-header";
import { ExportPanel } from "@/components/data-protection/export-panel";
import { ExportHistory } from "@/components/data-protection/export-history";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dataProtection.exportPage");
  return { title: t("title") };
}

export default async function ExportPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "workspace:export" });
  const t = await getTranslations("dataProtection.exportPage");
  const exports = await listWorkspaceExports(await getDb(), { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
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
