import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireWorkspacePage } from "@/lib/authz/page-guard";
import { getDb } from "@/lib/db/client";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { listCampaigns } from "@/lib/campaigns/campaigns";
import { PageHeader } from "@/components/ui/page-header";
import { CampaignsTable } from "@/components/campaigns/campaigns-table";
import { manageCampaignsReason } from "@/components/campaigns/manage-reason";
import { UnavailableButton } from "@/components/campaigns/unavailable-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("campaigns.listPage");
  return { title: t("title") };
}

const BUTTON = "inline-flex min-h-10 items-center justify-center rounded-md px-4 py-2 text-sm font-medium";

export default async function CampaignsPage({ params, searchParams }: { params: Promise<{ workspace: string }>; searchParams: Promise<{ archived?: string }> }) {
  const { workspace } = await params;
  const t = await getTranslations("campaigns.listPage");
  const tReason = await getTranslations("campaigns.manageReason");
  const { membership } = await requireWorkspacePage({ slug: workspace, permission: "campaign:read" });
  const showArchived = (await searchParams).archived === "1";
  const rows = await listCampaigns(await getDb(), { workspaceId: membership.workspaceId, archived: showArchived });
  const base = `/${membership.slug}/campaigns`;
  const reason = manageCampaignsReason(membership.role, tReason);
  const personasLink = (
    <Link href={`${base}/personas`} className={`${BUTTON} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100`}>
      {t("personas")}
    </Link>
  );

  return (
    <>
      <PageHeader
        title={showArchived ? t("archivedTitle") : t("title")}
        description={t("description")}
        actions={
          reason ? (
            <UnavailableButton label={t("new")} reason={reason} before={personasLink} />
          ) : (
            <div className="flex flex-wrap gap-2">
              {personasLink}
              <Link href={`${base}/new`} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
                {t("new")}
              </Link>
            </div>
          )
        }
      />
      <p className="mb-3 text-sm">
        {showArchived ? (
          <Link href={base} className="text-brand-700 underline">
            {t("backToCurrent")}
          </Link>
        ) : (
          <Link href={`${base}?archived=1`} className="text-brand-700 underline">
            {t("showArchived")}
          </Link>
        )}
      </p>
      {rows.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700" data-testid="campaigns-empty">
          {showArchived ? <p>{t("emptyArchived")}</p> : <p>{t("empty")}</p>}
        </div>
      ) : (
        <CampaignsTable rows={rows} workspacePath={`/${membership.slug}`} today={todayIso()} />
      )}
    </>
  );
}
