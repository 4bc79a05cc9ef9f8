import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { roleHasPermission } from "@/lib/authz/permissions";
import { getDb } from "@/lib/db/client";
import { listProductOptions } from "@/lib/assets/generate/product-options";
import { loadCampaignOverview } from "@/lib/campaigns/campaign-overview";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { orNotFound } from "@/lib/campaigns/load-for-page";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignStateBadge } from "@/components/campaigns/campaign-state-badge";
import { CampaignSummary } from "@/components/campaigns/campaign-summary";
import { CampaignOffersList } from "@/components/campaigns/campaign-offers-list";
import { CampaignCalendarStrip } from "@/components/campaigns/campaign-calendar-strip";
import { CampaignAssetsSection } from "@/components/campaigns/campaign-assets-section";
import { CampaignBriefsSection } from "@/components/campaigns/campaign-briefs-section";
import { CampaignTimeToAssetSection } from "@/components/campaigns/campaign-time-to-asset";
import { CampaignKpisSection } from "@/components/campaigns/campaign-kpis-section";
import { dateRangeLabel } from "@/components/campaigns/labels";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";
import { UnavailableButton } from "@/components/campaigns/unavailable-button";

export const metadata: Metadata = { title: "Campaign" };

const BUTTON = "inline-flex min-h-10 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

export default async function CampaignPage({ params }: { params: Promise<{ workspace: string; campaignId: string }> }) {
  const { workspace, campaignId } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const db = await getDb();
  const today = todayIso();
  const overview = await orNotFound(loadCampaignOverview(db, { workspaceId: membership.workspaceId, campaignId, role: membership.role, today }));
  const products = await listProductOptions(db, membership.workspaceId);
  const { campaign } = overview;
  const workspacePath = `/${membership.slug}`;
  const reason = manageCampaignsReason(membership.role);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href={`${workspacePath}/campaigns`} className="text-brand-700 underline">
          Campaigns
        </Link>
      </nav>
      <PageHeader
        title={campaign.name}
        description={`${dateRangeLabel(campaign.startsOn, campaign.endsOn)}${campaign.archivedAt ? " · archived" : ""}`}
        actions={
          reason ? (
            <UnavailableButton label="Edit campaign" reason={reason} />
          ) : (
            <Link href={`${workspacePath}/campaigns/${campaign.id}/edit`} className={BUTTON}>
              Edit campaign
            </Link>
          )
        }
      />
      <p className="-mt-4 mb-6" data-testid="campaign-state">
        <CampaignStateBadge state={overview.state} />
      </p>
      <div className="grid gap-6 lg:grid-cols-2">
        <CampaignSummary campaign={campaign} utmPrefix={overview.utmPrefix} />
        <div className="grid content-start gap-6">
          <CampaignCalendarStrip calendar={overview.calendar} />
          <CampaignOffersList offers={campaign.offers} products={products} today={today} />
        </div>
      </div>
      <div className="mt-6 grid gap-6">
        <CampaignKpisSection kpis={overview.kpis} dashboardHref={roleHasPermission(membership.role, "kpi:read") ? `${workspacePath}/dashboard` : null} />
        <CampaignAssetsSection assets={overview.assets} workspacePath={workspacePath} />
        <div className="grid gap-6 lg:grid-cols-2">
          <CampaignBriefsSection briefs={overview.briefs} />
          <CampaignTimeToAssetSection figures={overview.timeToAsset} />
        </div>
      </div>
    </>
  );
}
