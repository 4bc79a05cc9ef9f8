import "server-only";
import { eq } from "drizzle-orm";
import { brandSettings, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { campaignTemplateValues, campaignUtmPrefix, readUtmConvention, renderUtmCampaign } from "./utm-convention";
import type { UtmConvention } from "./utm-convention-schema";

export type CampaignUtmContext = { convention: UtmConvention; brandName: string };

/**
 * The workspace's UTM convention (brand_settings.utm_convention, else the built-in one; one that
 * no longer parses counts as none, see readUtmConvention) and the brand name `{brand}` falls back to.
 */
export async function loadCampaignUtmContext(db: Database, options: { workspaceId: string }): Promise<CampaignUtmContext> {
  const [row] = await db
    .select({ brandName: workspaces.name, convention: brandSettings.utmConvention })
    .from(workspaces)
    .leftJoin(brandSettings, eq(brandSettings.workspaceId, workspaces.id))
    .where(eq(workspaces.id, options.workspaceId));
  return { convention: readUtmConvention(row?.convention), brandName: row?.brandName ?? "" };
}

/** The start every `utm_campaign` of this campaign shares under the convention ("" when that start does not name the campaign). */
export function campaignPrefixOf(context: CampaignUtmContext, campaign: { code: string; startsOn: string }): string {
  return campaignUtmPrefix(context.convention, campaignTemplateValues(context.convention, campaign, context.brandName));
}

/**
 * What the campaign contributes to every `utm_campaign` of its assets: the template rendered with
 * the campaign-level values only (per-asset parts drop out). Two versions of a campaign with the
 * same value here give their assets the same UTM values; a different one breaks the links and the
 * shape check of the assets already written.
 */
export function campaignUtmPart(context: CampaignUtmContext, campaign: { code: string; startsOn: string }): string {
  return renderUtmCampaign(context.convention, campaignTemplateValues(context.convention, campaign, context.brandName));
}
