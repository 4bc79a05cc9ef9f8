import type { Asset } from "@/lib/assets/schemas/asset";
import { statesCode } from "@/lib/assets/generate/omissions/brief-offer";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { citedFields } from "./cited-fields";
import { quote, warning } from "./issues";
import type { ValidationIssue } from "./types";

/** Whether any text of the asset states the offer's code. */
export function assetStatesOffer(asset: Asset, offer: Pick<GroundedOffer, "code">): boolean {
  return citedFields(asset).some((field) => statesCode(field.text, offer.code));
}

/**
 * A warning for each text that states one of `endedOffers`: offers of the asset's campaign past
 * their end that the version an edit started from did not state (lib/campaigns/asset-campaign.ts).
 * A warning, not an error: the offer's facts are still true to the campaign, but copy that
 * newly promises it would send readers to a code the checkout no longer takes.
 */
export function checkEndedOffers(asset: Asset, endedOffers: readonly GroundedOffer[]): ValidationIssue[] {
  if (endedOffers.length === 0) return [];
  return citedFields(asset).flatMap((field) =>
    endedOffers
      .filter((offer) => statesCode(field.text, offer.code))
      .map((offer) => warning(field.path, "campaign.offer_ended", `${field.label} states the offer ${quote(offer.code)}, which ended on ${offer.validUntil}; remove it, or state one of the campaign's running offers.`, { code: "offerEnded", params: { offer: offer.code, validUntil: offer.validUntil } })),
  );
}
