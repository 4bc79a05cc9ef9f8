import type { Asset } from "@/lib/assets/schemas/asset";
import type { Omission } from "@/lib/assets/schemas/omission";
import { statesCampaignOffer } from "@/lib/assets/generate/omissions/campaign-offer-omissions";
import { visibleTextFields } from "@/lib/assets/validate/visible-text";
import { assetUtmLink } from "@/lib/campaigns/asset-utm-link";
import { formatOfferDate, type GroundedOffer } from "@/lib/campaigns/offer-facts";

/** Kinds without a tracked link: pages and articles are the destination, Instagram captions cannot link, feed copy is keyed by product. */
const LINKLESS_KINDS: ReadonlySet<string> = new Set(["seo-page", "article", "instagram-post", "merchant-feed"]);

/** What a golden brief inside a campaign must come out with, from the campaign itself (not from the asset). */
export type CampaignExpectation = {
  /** The campaign's `utm_campaign` under the workspace's convention. */
  utmCampaign: string;
  /** The landing page the links go to. */
  landingPageUrl: string;
  /** The offer the brief states, or null for none. */
  offer: GroundedOffer | null;
  /** Every offer code of the campaign: a brief without an offer states none of them. */
  campaignOfferCodes: readonly string[];
  language: "de" | "en";
};

/** One asset's campaign checks; null where a check does not apply to the asset. */
export type CampaignCheck = {
  utmCampaign: boolean | null;
  landingPage: boolean | null;
  /** Code, value and end date (in the asset's date format) in the visible copy of a kind that states offers. */
  offerStated: boolean | null;
  /** No code in the copy: feed copy and articles (with a note naming the code), or a brief without an offer. */
  offerLeftOut: boolean | null;
  problems: string[];
};

const withoutQuery = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
};

/**
 * The campaign side of the golden-brief evaluation for one generated asset: its `utm_campaign`
 * follows the workspace's convention for the campaign, its link goes to the campaign's landing
 * page (kinds with links), and its offer is stated where the kind states offers and left out,
 * with a note, where it does not (Merchant Center forbids promotions in feed copy; an article is
 * evergreen).
 */
export function checkCampaignAsset(content: Asset, omissions: readonly Omission[], expected: CampaignExpectation): CampaignCheck {
  const problems: string[] = [];
  const link = assetUtmLink(content);
  const hasLink = !LINKLESS_KINDS.has(content.kind);
  if (hasLink && !link) problems.push("no tracked link");
  const utmCampaign = hasLink ? link !== null && link.campaign === expected.utmCampaign : null;
  if (link && link.campaign !== expected.utmCampaign) problems.push(`utm_campaign "${link.campaign}", expected "${expected.utmCampaign}"`);
  const landingPage = hasLink ? link !== null && URL.canParse(link.url) && withoutQuery(link.url) === withoutQuery(expected.landingPageUrl) : null;
  if (link && landingPage === false) problems.push(`link ${link.url}, expected the landing page ${expected.landingPageUrl}`);

  const copy = visibleTextFields(content).map((field) => field.text).join("\n");
  const { offer } = expected;
  let offerStated: boolean | null = null;
  let offerLeftOut: boolean | null = null;
  if (offer && statesCampaignOffer(content.kind)) {
    const parts = [offer.code, offer.value, formatOfferDate(offer.validUntil, expected.language)];
    const missing = parts.filter((part) => !copy.includes(part));
    offerStated = missing.length === 0;
    if (missing.length > 0) problems.push(`offer not stated: ${missing.join(", ")} missing`);
  } else {
    // Left out by the kind's policy (noted by its code), or a brief without an offer (none of the campaign's codes).
    const codes = offer ? [offer.code] : expected.campaignOfferCodes;
    const stated = codes.filter((code) => copy.includes(code));
    const noted = offer === null || omissions.some((omission) => omission.item.includes(offer.code));
    offerLeftOut = stated.length === 0 && noted;
    if (stated.length > 0) problems.push(`offer code ${stated.join(", ")} stated in copy that must leave it out`);
    if (!noted) problems.push(`no note for the left-out offer ${offer?.code}`);
  }
  return { utmCampaign, landingPage, offerStated, offerLeftOut, problems };
}
