import "server-only";
import { and, eq } from "drizzle-orm";
import { campaignOffers, campaigns } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { offerAppliesTo, toGroundedOffer, type BriefProductRef } from "./campaign-brief";
import { offerFactTexts } from "./offer-facts";

export type AssetCampaignFacts = {
  campaign: { code: string; startsOn: string };
  /** The texts of every offer of the campaign that holds for the asset's product: what an edit may state without a source. */
  offerTexts: string[];
};

/**
 * What re-validating an asset of a campaign needs: the campaign's code and start (its UTM shape)
 * and the offers an editor may state. Unlike a new brief, an archived campaign still counts (its
 * assets keep their links), and an offer past its end is still the asset's grounded fact (the copy
 * was true when written; taking it down is a publishing decision, not a validation error).
 */
export async function loadAssetCampaignFacts(
  db: Database,
  options: { workspaceId: string; campaignId: string | null; product: BriefProductRef | null },
): Promise<AssetCampaignFacts | null> {
  if (!options.campaignId) return null;
  const [campaign] = await db
    .select({ code: campaigns.code, startsOn: campaigns.startsOn })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId)));
  if (!campaign) return null;
  const offers = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, options.campaignId)));
  const offerTexts = offers.filter((offer) => offerAppliesTo(offer, options.product)).flatMap((offer) => offerFactTexts(toGroundedOffer(offer)));
  return { campaign, offerTexts };
}
