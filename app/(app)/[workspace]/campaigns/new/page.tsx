import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { loadCampaignFormOptions } from "@/lib/campaigns/campaign-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignForm } from "@/components/campaigns/campaign-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.newPage");
  return { title: t("title") };
}

export default async function NewCampaignPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const t = await getTranslations("campaigns.newPage");
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:manage" });
  const options = await loadCampaignFormOptions(await getDb(), { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <CampaignForm
        workspaceId={membership.workspaceId}
        workspacePath={`/${membership.slug}`}
        campaign={null}
        personas={options.personas}
        members={options.members}
        workspaceLanguages={options.languages}
        products={options.products}
      />
    </>
  );
}
