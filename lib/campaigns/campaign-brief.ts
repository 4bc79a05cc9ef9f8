import { AppError } from "@/lib/errors";
import { categoryMatches } from "@/lib/assets/brand/disclaimer-conditions";
import type { BriefInput } from "@/lib/assets/generate/brief";
import type { Campaign, CampaignOffer, Persona } from "@/lib/db/schema/campaigns";
import type { GroundedOffer } from "./offer-facts";

/** Language codes as a sentence names them (briefs and campaign refusals). */
export const LANGUAGE_NAMES: Record<string, string> = { de: "German", en: "English" };

/** What a brief written inside a campaign takes from it (see applyCampaignToBrief). */
export type CampaignBriefFacts = {
  campaignId: string;
  name: string;
  code: string;
  startsOn: string;
  /** The persona as the audience, when the brief names none of its own; null: the brief's stands. */
  audience: string | null;
  /** Where the links go: the brief's landing page, else the campaign's first; null: as outside a campaign. */
  landingPageUrl: string | null;
  offer: GroundedOffer | null;
};

export type CampaignSource = { campaign: Campaign; persona: Persona | null; offers: CampaignOffer[] };
export type BriefProductRef = { id: string; title: string; category: string | null };

/** "Commuters in Hamburg who cycle all year. Pains: rain; dark mornings. Their words: Pendeln, Regenjacke." */
export function personaAudience(persona: Pick<Persona, "description" | "pains" | "vocabulary" | "name">): string {
  const pains = persona.pains.map((pain) => pain.trim()).filter(Boolean);
  const words = persona.vocabulary.map((word) => word.trim()).filter(Boolean);
  const description = persona.description.trim() || persona.name.trim();
  return [
    description === "" ? null : /[.!?]$/.test(description) ? description : `${description}.`,
    pains.length > 0 ? `Pains: ${pains.join("; ")}.` : null,
    words.length > 0 ? `Their words: ${words.join(", ")}.` : null,
  ]
    .filter((part) => part !== null)
    .join(" ");
}

/** Whether the offer holds for the product: no restriction, its id listed, or its category path holding a listed category. A topic brief only gets unrestricted offers. */
export function offerAppliesTo(offer: Pick<CampaignOffer, "eligibleProductIds" | "eligibleCategories">, product: BriefProductRef | null): boolean {
  const categories = offer.eligibleCategories.filter((category) => category.trim() !== "");
  if (offer.eligibleProductIds.length === 0 && categories.length === 0) return true;
  if (!product) return false;
  if (offer.eligibleProductIds.includes(product.id)) return true;
  return product.category !== null && categories.some((category) => categoryMatches(product.category!, category));
}

function describeEligibility(offer: CampaignOffer): string {
  const categories = offer.eligibleCategories.filter((category) => category.trim() !== "");
  const parts = [
    categories.length > 0 ? `the ${categories.length === 1 ? "category" : "categories"} ${categories.join(", ")}` : null,
    offer.eligibleProductIds.length > 0 ? `${offer.eligibleProductIds.length} selected product${offer.eligibleProductIds.length === 1 ? "" : "s"}` : null,
  ].filter((part) => part !== null);
  return parts.join(" and ");
}

export function toGroundedOffer(offer: CampaignOffer): GroundedOffer {
  return { code: offer.code, value: offer.value, conditions: offer.conditions, validUntil: offer.validUntil };
}

/** The campaign's offer with this code (any case), refused when unknown (naming the known codes) or ended. */
function findValidOffer(source: CampaignSource, offerCode: string, today: string): CampaignOffer {
  const { campaign, offers } = source;
  const wanted = offerCode.trim().toLowerCase();
  const offer = offers.find((candidate) => candidate.code.toLowerCase() === wanted);
  if (!offer) {
    const known = offers.map((candidate) => candidate.code).join(", ");
    throw new AppError("invalid_input", { key: "campaigns.unknownOfferCode", params: { name: campaign.name, code: offerCode.trim(), known, count: offers.length } });
  }
  if (offer.validUntil < today) {
    throw new AppError("invalid_input", { key: "campaigns.offerCampaignEndedChoose", params: { code: offer.code, name: campaign.name, validUntil: offer.validUntil } });
  }
  return offer;
}

/**
 * A campaign past its end takes no new briefs: the Generate form's picker hides it
 * (campaign-options.ts), and the server refuses it too, so the API cannot reach around the form.
 */
export function assertCampaignOpen(campaign: Pick<Campaign, "name" | "endsOn">, today: string) {
  if (campaign.endsOn < today) {
    throw new AppError("invalid_input", { key: "campaigns.campaignEndedTakesNo", params: { name: campaign.name, endsOn: campaign.endsOn } });
  }
}

function assertCampaignLanguage(campaign: Campaign, language: string) {
  if (campaign.languages.length > 0 && !campaign.languages.includes(language)) {
    const names = campaign.languages.map((code) => LANGUAGE_NAMES[code] ?? code).join(" or ");
    throw new AppError("invalid_input", { key: "campaigns.campaignRunsWriteBrief", params: { name: campaign.name, names } });
  }
}

/**
 * The offer a campaign brief states, by its rules:
 * - `offerCode` given: it must be one of the campaign's codes (any case); an unknown code is
 *   refused naming the known ones, as is an offer that has ended or does not hold for the product.
 * - `offerCode` null: no offer (the marketer chose none).
 * - `offerCode` absent: the campaign's offer is inherited when exactly one offer holds for this
 *   product today; with several the brief must choose (none is picked silently), with none there is none.
 */
function chooseOffer(source: CampaignSource, offerCode: string | null | undefined, product: BriefProductRef | null, today: string): GroundedOffer | null {
  if (offerCode === null) return null;
  if (offerCode === undefined || offerCode.trim() === "") {
    const eligible = source.offers.filter((offer) => offer.validUntil >= today && offerAppliesTo(offer, product));
    return eligible.length === 1 ? toGroundedOffer(eligible[0]!) : null;
  }
  const offer = findValidOffer(source, offerCode, today);
  if (!offerAppliesTo(offer, product)) {
    const params = { code: offer.code, eligibility: describeEligibility(offer) };
    throw new AppError("invalid_input", product ? { key: "campaigns.offerNotForProduct", params: { ...params, title: product.title } } : { key: "campaigns.offerNotForTopicBrief", params });
  }
  return toGroundedOffer(offer);
}

/**
 * What a brief inside a campaign inherits, and the refusals that keep it true to the campaign:
 * - language: one of the campaign's languages (a campaign without languages takes any);
 * - audience: the persona (who, pains, vocabulary) unless the brief gives its own;
 * - landing page: the brief's, else the campaign's first, else as outside a campaign;
 * - offer: see chooseOffer, facts straight from the campaign.
 * `today` is an ISO date: an offer is valid through its `validUntil` day.
 */
export function applyCampaignToBrief(
  brief: Pick<BriefInput, "language" | "audience" | "landingPageUrl" | "offerCode">,
  source: CampaignSource,
  product: BriefProductRef | null,
  today: string,
): CampaignBriefFacts {
  const { campaign, persona } = source;
  assertCampaignOpen(campaign, today);
  assertCampaignLanguage(campaign, brief.language);
  const audience = brief.audience.trim() === "" && persona ? personaAudience(persona) || null : null;
  return {
    campaignId: campaign.id,
    name: campaign.name,
    code: campaign.code,
    startsOn: campaign.startsOn,
    audience,
    landingPageUrl: brief.landingPageUrl ?? campaign.landingPages[0]?.url ?? null,
    offer: chooseOffer(source, brief.offerCode, product, today),
  };
}

/**
 * A batch of a campaign (campaign × products × channels), checked before any job is queued: the
 * language and a chosen offer code hold for the campaign, and a chosen offer holds for every
 * selected product (those it excludes are named, to deselect). Without a chosen code each
 * product inherits what holds for it, so nothing is refused for the offer.
 */
export function checkCampaignBatch(
  brief: Pick<BriefInput, "language" | "offerCode">,
  source: CampaignSource,
  products: readonly BriefProductRef[],
  today: string,
): void {
  assertCampaignOpen(source.campaign, today);
  assertCampaignLanguage(source.campaign, brief.language);
  if (brief.offerCode === null || brief.offerCode === undefined || brief.offerCode.trim() === "") return;
  const offer = findValidOffer(source, brief.offerCode, today);
  const excluded = products.filter((product) => !offerAppliesTo(offer, product));
  if (excluded.length === 0) return;
  const named = excluded.slice(0, 5).map((product) => `"${product.title}"`).join(", ");
  throw new AppError("invalid_input", {
    key: "campaigns.offerExcludesProducts",
    params: { code: offer.code, eligibility: describeEligibility(offer), named, more: Math.max(0, excluded.length - 5) },
  });
}
