import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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
import { getCampaignLabels } from "@/components/campaigns/get-campaign-labels";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";
import { UnavailableButton } from "@/components/campaigns/unavailable-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.detailPage");
  return { title: t("title") };
}

const BUTTON = "inline-flex min-h-10 items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100";

export default async function CampaignPage({ params }: { params: Promise<{ workspace: string; campaignId: string }> }) {
  const { workspace, campaignId } = await params;
  const t = await getTranslations("campaigns.detailPage");
  const tReason = await getTranslations("campaigns.manageReason");
  const labels = await getCampaignLabels();
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const db = await getDb();
  const today = todayIso();
  const overview = await orNotFound(loadCampaignOverview(db, { workspaceId: membership.workspaceId, campaignId, role: membership.role, today }));
  const products = await listProductOptions(db, membership.workspaceId);
  const { campaign } = overview;
  const workspacePath = `/${membership.slug}`;
  const reason = manageCampaignsReason(membership.role, tReason);

  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href={`${workspacePath}/campaigns`} className="text-brand-700 underline">
          {t("campaigns")}
        </Link>
      </nav>
      <PageHeader
        title={campaign.name}
        description={campaign.archivedAt ? t("datesArchived", { dates: labels.dateRange(campaign.startsOn, campaign.endsOn) }) : labels.dateRange(campaign.startsOn, campaign.endsOn)}
        actions={
          reason ? (
            <UnavailableButton label={t("edit")} reason={reason} />
          ) : (
            <Link href={`${workspacePath}/campaigns/${campaign.id}/edit`} className={BUTTON}>
              {t("edit")}
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
