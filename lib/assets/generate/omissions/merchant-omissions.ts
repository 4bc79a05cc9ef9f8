import type { Omission } from "@/lib/assets/schemas/omission";
import { readBriefOffer } from "./brief-offer";

export const MERCHANT_PROMOTION_REASON =
  "Google Merchant Center does not allow promotional text (codes, discounts, offer dates) in a product's title, description or highlights; set the offer up as a Merchant Center promotion instead.";

/**
 * Product feed copy never states the offer a brief's goal names, grounded or not: Merchant
 * Center disapproves products whose texts advertise one. The note says so, so the marketer is not
 * left wondering why the campaign's code is missing from the feed.
 */
export function merchantOfferOmissions(goal: string): Omission[] {
  const offer = readBriefOffer(goal);
  return [
    offer.code ? { item: `Discount code ${offer.code}`, reason: MERCHANT_PROMOTION_REASON } : null,
    offer.value ? { item: `Discount of ${offer.value}`, reason: MERCHANT_PROMOTION_REASON } : null,
    offer.endDate ? { item: `End date ${offer.endDate.text}`, reason: MERCHANT_PROMOTION_REASON } : null,
  ].filter((omission): omission is Omission => omission !== null);
}
