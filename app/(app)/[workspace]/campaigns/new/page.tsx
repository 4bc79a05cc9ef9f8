import type { Metadata } from "next";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { loadCampaignFormOptions } from "@/lib/campaigns/campaign-form-options";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignForm } from "@/components/campaigns/campaign-form";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage({ params }: { params: Promise<{ workspace: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:manage" });
  const options = await loadCampaignFormOptions(await getDb(), { workspaceId: membership.workspaceId });
  return (
    <>
      <PageHeader title="New campaign" description="Briefs written in it inherit its audience, landing page, offers and languages." />
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
