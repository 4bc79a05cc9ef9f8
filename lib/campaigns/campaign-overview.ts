import "server-only";
import type { Database } from "@/lib/db/types";
import { roleHasPermission } from "@/lib/authz/permissions";
import type { Role } from "@/lib/authz/roles";
import { buildCampaignCalendar, campaignState, todayIso, type CampaignCalendar, type CampaignState } from "./campaign-calendar";
import { listCampaignAssets, type CampaignAssets } from "./campaign-assets";
import { listCampaignBriefs, type CampaignBrief } from "./campaign-briefs";
import { getCampaignKpis, type CampaignKpis } from "./campaign-kpis";
import { getCampaignTimeToAsset, type CampaignTimeToAsset } from "./campaign-time-to-asset";
import { campaignPrefixOf, loadCampaignUtmContext } from "./campaign-utm";
import { getCampaign, type CampaignDetail } from "./campaigns";

export type CampaignOverview = {
  campaign: CampaignDetail;
  state: CampaignState;
  calendar: CampaignCalendar;
  assets: CampaignAssets;
  briefs: CampaignBrief[];
  timeToAsset: CampaignTimeToAsset;
  /** The start every utm_campaign of the campaign shares ("" when the convention gives none). */
  utmPrefix: string;
  /** Cost, revenue, CPA and ROAS are for roles with kpi:read (managers, admins); null for the others. */
  kpis: CampaignKpis | null;
};

/**
 * Everything the campaign page shows, scoped to the workspace (another workspace's campaign id
 * answers not_found from `getCampaign`). Each part is its own domain function, so an API can serve
 * them one by one.
 */
export async function loadCampaignOverview(db: Database, options: { workspaceId: string; campaignId: string; role: Role; today?: string }): Promise<CampaignOverview> {
  const campaign = await getCampaign(db, options);
  const today = options.today ?? todayIso();
  const scope = { workspaceId: options.workspaceId, campaignId: campaign.id };
  // One connection (PGlite) or a pool: sequential keeps the embedded database's single connection free of interleaving.
  const assets = await listCampaignAssets(db, { ...scope, plannedChannels: campaign.channels });
  const briefs = await listCampaignBriefs(db, scope);
  const timeToAsset = await getCampaignTimeToAsset(db, scope);
  const utmPrefix = campaignPrefixOf(await loadCampaignUtmContext(db, scope), campaign);
  // campaign:read lets every role see the campaign; its money figures need kpi:read like the dashboard.
  const kpis = roleHasPermission(options.role, "kpi:read") ? await getCampaignKpis(db, scope) : null;
  return {
    campaign,
    state: campaignState(campaign, today),
    calendar: buildCampaignCalendar(campaign, campaign.offers, today),
    assets,
    briefs,
    timeToAsset,
    utmPrefix,
    kpis,
  };
}
