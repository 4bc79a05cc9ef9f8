import "server-only";
import { and, eq } from "drizzle-orm";
import { campaignOffers, campaigns } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Asset } from "@/lib/assets/schemas/asset";
import { assetStatesOffer } from "@/lib/assets/validate/ended-offers";
import { offerAppliesTo, toGroundedOffer, type BriefProductRef } from "./campaign-brief";
import type { GroundedOffer } from "./offer-facts";
import { todayIso } from "./campaign-calendar";

export type AssetCampaignFacts = {
  campaign: { code: string; startsOn: string };
  /** Every offer of the campaign that holds for the asset's product: what an edit may state without a source. */
  offers: GroundedOffer[];
  /** Those of them that have ended and the previous version did not state: stating one now gets a warning. */
  endedOffers: GroundedOffer[];
};

/**
 * What re-validating an asset of a campaign needs: the campaign's code and start (its UTM shape)
 * and the offers an editor may state. Unlike a new brief, an archived campaign still counts (its
 * assets keep their links). An offer past its end is still a grounded fact (it was true when
 * written; taking the copy down is a publishing decision), and silent when `previous` (the version
 * the edit starts from) already stated it; an edit that newly states it gets a warning instead.
 */
export async function loadAssetCampaignFacts(
  db: Database,
  options: { workspaceId: string; campaignId: string | null; product: BriefProductRef | null; previous?: Asset | null; today?: string },
): Promise<AssetCampaignFacts | null> {
  if (!options.campaignId) return null;
  const [campaign] = await db
    .select({ code: campaigns.code, startsOn: campaigns.startsOn })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), eq(campaigns.id, options.campaignId)));
  if (!campaign) return null;
  const rows = await db
    .select()
    .from(campaignOffers)
    .where(and(eq(campaignOffers.workspaceId, options.workspaceId), eq(campaignOffers.campaignId, options.campaignId)));
  const offers = rows.filter((offer) => offerAppliesTo(offer, options.product)).map(toGroundedOffer);
  const today = options.today ?? todayIso();
  const previous = options.previous ?? null;
  const endedOffers = offers.filter((offer) => offer.validUntil < today && !(previous && assetStatesOffer(previous, offer)));
  return { campaign, offers, endedOffers };
}
