import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listProductOptions } from "@/lib/assets/generate/product-options";
import { roleHasPermission } from "@/lib/authz/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { GenerateWorkbench } from "@/components/generate/generate-workbench";
import { BatchPanel } from "@/components/batch/batch-panel";
import { listBatches } from "@/lib/assets/batch/manage-batch";

export const metadata: Metadata = { title: "Generate" };

export default async function Page({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:generate" });
  const db = await getDb();
  const products = await listProductOptions(db, membership.workspaceId);
  const batches = await listBatches(db, { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader title="Generate" description="Brief the copilot and get SEO assets and ad variants grounded in your own content." />
      <GenerateWorkbench workspaceId={membership.workspaceId} products={products} canSubmit={roleHasPermission(membership.role, "asset:submit")} />
      <BatchPanel workspaceId={membership.workspaceId} products={products} batches={batches.map((b) => ({ ...b, createdAt: b.createdAt.toISOString() }))} />
    </>
  );
}
