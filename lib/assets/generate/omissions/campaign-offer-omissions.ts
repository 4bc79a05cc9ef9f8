import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import type { Omission } from "@/lib/assets/schemas/omission";
import { formatOfferDate, type GroundedOffer } from "@/lib/campaigns/offer-facts";
import { MERCHANT_PROMOTION_REASON } from "./merchant-omissions";

const ARTICLE_REASON =
  "A blog article is evergreen content, read and found in search long after the campaign has ended; an offer in it would soon be out of date. The campaign's e-mails, posts and ads state it.";

/**
 * The kinds that never state a campaign's offer, and why. Every other kind states it where the
 * channel has room (offer-copy.ts). A goal that names an offer itself is a different request: the
 * article still states that one where a source does (see article-body.ts), feed copy never does.
 */
const OFFER_LEFT_OUT: Partial<Record<AssetKind, string>> = {
  "merchant-feed": MERCHANT_PROMOTION_REASON,
  article: ARTICLE_REASON,
};

/** Whether an asset of this kind states the campaign's offer its brief carries. */
export function statesCampaignOffer(kind: AssetKind): boolean {
  return OFFER_LEFT_OUT[kind] === undefined;
}

/**
 * The notes for a campaign's offer an asset of this kind leaves out by policy: its code, value
 * and end date (in the asset's date format), so the marketer sees why the campaign's code is not
 * in the feed or the article. None for kinds that state the offer, or without one.
 */
export function campaignOfferOmissions(kind: AssetKind, offer: GroundedOffer | null | undefined, language: "de" | "en"): Omission[] {
  const reason = OFFER_LEFT_OUT[kind];
  if (!offer || reason === undefined) return [];
  return [
    { item: `Discount code ${offer.code}`, reason },
    offer.value.trim() === "" ? null : { item: `Offer value ${offer.value.trim()}`, reason },
    { item: `End date ${formatOfferDate(offer.validUntil, language)}`, reason },
  ].filter((omission): omission is Omission => omission !== null);
}
