import "server-only";
import { eq } from "drizzle-orm";
import { brandSettings, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { BUILT_IN_UTM_CONVENTION, campaignTemplateValues, campaignUtmPrefix } from "./utm-convention";
import { UtmConventionSchema, type UtmConvention } from "./utm-convention-schema";

export type CampaignUtmContext = { convention: UtmConvention; brandName: string };

/**
 * The workspace's UTM convention (brand_settings.utm_convention, else the built-in one) and the
 * brand name `{brand}` falls back to. A stored convention that no longer parses (written by an
 * older form) counts as none rather than breaking every campaign page.
 */
export async function loadCampaignUtmContext(db: Database, options: { workspaceId: string }): Promise<CampaignUtmContext> {
  const [row] = await db
    .select({ brandName: workspaces.name, convention: brandSettings.utmConvention })
    .from(workspaces)
    .leftJoin(brandSettings, eq(brandSettings.workspaceId, workspaces.id))
    .where(eq(workspaces.id, options.workspaceId));
  const parsed = row?.convention ? UtmConventionSchema.safeParse(row.convention) : null;
  return { convention: parsed?.success ? parsed.data : BUILT_IN_UTM_CONVENTION, brandName: row?.brandName ?? "" };
}

/** The start every `utm_campaign` of this campaign shares under the convention ("" when the template starts with a per-asset part). */
export function campaignPrefixOf(context: CampaignUtmContext, campaign: { code: string; startsOn: string }): string {
  return campaignUtmPrefix(context.convention, campaignTemplateValues(context.convention, campaign, context.brandName));
}
