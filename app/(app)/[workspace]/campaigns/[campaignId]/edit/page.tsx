import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { getCampaign } from "@/lib/campaigns/campaigns";
import { loadCampaignFormOptions } from "@/lib/campaigns/campaign-form-options";
import { orNotFound } from "@/lib/campaigns/load-for-page";
import { PageHeader } from "@/components/ui/page-header";
import { ArchiveCampaignButton } from "@/components/campaigns/archive-campaign-button";
import { CampaignForm } from "@/components/campaigns/campaign-form";
import { OffersEditor } from "@/components/campaigns/offers-editor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.editPage");
  return { title: t("metaTitle") };
}

export default async function EditCampaignPage({ params }: { params: Promise<{ workspace: string; campaignId: string }> }) {
  const { workspace, campaignId } = await params;
  const t = await getTranslations("campaigns.editPage");
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:manage" });
  const db = await getDb();
  const campaign = await orNotFound(getCampaign(db, { workspaceId: membership.workspaceId, campaignId }));
  const options = await loadCampaignFormOptions(db, { workspaceId: membership.workspaceId });
  const campaignPath = `/${membership.slug}/campaigns/${campaign.id}`;
  return (
    <>
      <PageHeader
        title={t("title", { name: campaign.name })}
        description={campaign.archivedAt ? t("archived") : t("description")}
        actions={
          <Link href={campaignPath} className="text-sm text-brand-700 underline">
            {t("back")}
          </Link>
        }
      />
      <div className="grid gap-6">
        <CampaignForm
          workspaceId={membership.workspaceId}
          workspacePath={`/${membership.slug}`}
          campaign={{
            id: campaign.id,
            name: campaign.name,
            code: campaign.code,
            startsOn: campaign.startsOn,
            endsOn: campaign.endsOn,
            goal: campaign.goal,
            personaId: campaign.personaId,
            landingPages: campaign.landingPages,
            channels: campaign.channels,
            languages: campaign.languages,
            budgetMinor: campaign.budgetMinor,
            currency: campaign.currency,
            // A former member is no owner to pick (getCampaign shows members only); saving clears it.
            ownerId: campaign.owner?.id ?? null,
          }}
          personas={options.personas}
          members={options.members}
          workspaceLanguages={options.languages}
          products={options.products}
        />
        <OffersEditor workspaceId={membership.workspaceId} campaignId={campaign.id} offers={campaign.offers.map(({ id, code, value, conditions, validUntil, eligibleProductIds, eligibleCategories }) => ({ id, code, value, conditions, validUntil, eligibleProductIds, eligibleCategories }))} products={options.products} defaultValidUntil={campaign.endsOn} />
        <section aria-labelledby="archive-heading" className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="archive-heading" className="text-lg font-medium">
            {campaign.archivedAt ? t("restoreHeading") : t("archiveHeading")}
          </h2>
          <ArchiveCampaignButton workspaceId={membership.workspaceId} campaignId={campaign.id} name={campaign.name} isArchived={campaign.archivedAt !== null} />
        </section>
      </div>
    </>
  );
}
