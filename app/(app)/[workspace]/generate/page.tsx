import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { listProductOptions } from "@/lib/assets/generate/product-options";
import { roleHasPermission } from "@/lib/authz/permissions";
import { PageHeader } from "@/components/ui/page-header";
import { GenerateWorkbench } from "@/components/generate/generate-workbench";
import { BatchPanel } from "@/components/batch/batch-panel";
import { listBatches } from "@/lib/assets/batch/manage-batch";
import { getAssetBrief, listRecentBriefs } from "@/lib/assets/briefs/brief-history";
import { listBriefTemplates } from "@/lib/assets/briefs/brief-templates";
import { readParam, type SearchParams } from "@/components/review/queue-params";
import { listCampaignOptions } from "@/lib/campaigns/campaign-options";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("generate.page");
  return { title: t("title") };
}

export default async function Page({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<SearchParams> }) {
  const { workspace } = await params;
  const { user, membership } = await requireWorkspacePage({ slug: workspace, permission: "asset:generate" });
  const t = await getTranslations("generate.page");
  const db = await getDb();
  const products = await listProductOptions(db, membership.workspaceId);
  const batches = await listBatches(db, { workspaceId: membership.workspaceId });
  const recentBriefs = await listRecentBriefs(db, { workspaceId: membership.workspaceId, userId: user.id });
  const templates = await listBriefTemplates(db, { workspaceId: membership.workspaceId });
  const campaigns = await listCampaignOptions(db, { workspaceId: membership.workspaceId });
  // "Duplicate brief" links here with ?from=<assetId>; an unknown or purged brief just opens an empty form.
  const fromAssetId = readParam(await searchParams, "from");
  const initialBrief = fromAssetId ? await getAssetBrief(db, { workspaceId: membership.workspaceId, assetId: fromAssetId.slice(0, 64) }).catch(() => null) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <GenerateWorkbench
        workspaceId={membership.workspaceId}
        workspacePath={`/${membership.slug}`}
        products={products}
        campaigns={campaigns}
        canSubmit={roleHasPermission(membership.role, "asset:submit")}
        initialBrief={initialBrief}
        recentBriefs={recentBriefs.map((r) => ({ brief: r.brief, at: r.at.toISOString() }))}
        templates={templates.map((t) => ({ id: t.id, name: t.name, brief: t.brief }))}
      />
      <BatchPanel workspaceId={membership.workspaceId} products={products} campaigns={campaigns} batches={batches.map((b) => ({ ...b, createdAt: b.createdAt.toISOString() }))} />
    </>
  );
}
