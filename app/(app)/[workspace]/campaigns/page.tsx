import type { Metadata } from "next";
import Link from "next/link";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { listCampaigns } from "@/lib/campaigns/campaigns";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";
import { UnavailableButton } from "@/components/campaigns/unavailable-button";

export const metadata: Metadata = { title: "Campaigns" };

const BUTTON = "inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-medium";

export default async function CampaignsPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ archived?: string }> }) {
  const { workspace } = await params;
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const showArchived = (await searchParams).archived === "1";
  const rows = await listCampaigns(await getDb(), { workspaceId: membership.workspaceId, archived: showArchived });
  const base = `/${membership.slug}/campaigns`;
  const reason = manageCampaignsReason(membership.role);
  const personasLink = (
    <Link href={`${base}/personas`} className={`${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}>
      Personas
    </Link>
  );

  return (
    <>
      <PageHeader
        title={showArchived ? "Archived campaigns" : "Campaigns"}
        description="Plan a campaign once (audience, landing pages, offers, channels) and measure it by its UTM name."
        actions={
          reason ? (
            <UnavailableButton label="New campaign" reason={reason} before={personasLink} />
          ) : (
            <div className="flex flex-wrap gap-2">
              {personasLink}
              <Link href={`${base}/new`} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
                New campaign
              </Link>
            </div>
          )
        }
      />
      <p className="mb-3 text-sm">
        {showArchived ? (
          <Link href={base} className="text-brand-700 underline">
            Back to current campaigns
          </Link>
        ) : (
          <Link href={`${base}?archived=1`} className="text-brand-700 underline">
            Show archived campaigns
          </Link>
        )}
      </p>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="campaigns-empty">
          {showArchived ? <p>No archived campaigns.</p> : <p>No campaigns yet. A campaign gathers the briefs, assets and KPIs of one marketing push.</p>}
        </div>
      ) : (
        <CampaignsTable rows={rows} workspacePath={`/${membership.slug}`} today={todayIso()} />
      )}
    </>
  );
}
