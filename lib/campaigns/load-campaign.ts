import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { campaignOffers, campaigns, personas, type Campaign, type CampaignOffer, type Persona } from "@/lib/db/schema/campaigns";
import type { Database } from "@/lib/db/types";

export type CampaignForBrief = { campaign: Campaign; persona: Persona | null; offers: CampaignOffer[] };

/**
 * A campaign with what its briefs inherit (persona, offers), or null when the workspace has no
 * such campaign or it is archived: an archived campaign takes no new briefs.
 */
export async function loadCampaignForBrief(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignForBrief | null> {
  const [campaign] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId), isNull(campaigns.archivedAt)));
  if (!campaign) return null;
  const [persona] = campaign.personaId
    ? await db.select().from(personas).where(and(eq(personas.workspaceId, options.workspaceId), eq(personas.id, campaign.personaId)))
    : [];
  const offers = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, campaign.id)))
    .orderBy(asc(campaignOffers.code));
  return { campaign, persona: persona ?? null, offers };
}
