import { budgetMinorToText, parseBudgetToMinor } from "@/lib/campaigns/budget";
import type { AssetKind } from "@/lib/assets/schemas/asset-kind";

/*
 * The campaign, offer and persona forms keep what is typed as text; these turn it into the actions'
 * input and back. Lists typed into one field (categories, pains, vocabulary) are split here, so
 * the server sees the same arrays whichever form sent them.
 */

export type OfferDraft = {
  /** Client-only identity for the list's React keys. */
  key: string;
  code: string;
  value: string;
  conditions: string;
  validUntil: string;
  eligibleProductIds: string[];
  /** Comma- or line-separated. */
  categories: string;
};

export type LandingPageDraft = { key: string; url: string; label: string };

export type CampaignDraft = {
  name: string;
  code: string;
  startsOn: string;
  endsOn: string;
  goal: string;
  personaId: string;
  landingPages: LandingPageDraft[];
  channels: AssetKind[];
  languages: ("de" | "en")[];
  budget: string;
  currency: string;
  ownerId: string;
};

export type PersonaDraft = { name: string; description: string; pains: string; vocabulary: string; language: "de" | "en" };

let sequence = 0;
/** A key for a new list row (never sent to the server). */
export function rowKey(prefix: string): string {
  sequence += 1;
  return `${prefix}-${sequence}`;
}

/** "Jackets, Boots\nSocks" → ["Jackets", "Boots", "Socks"]: commas or line breaks separate, blanks drop out. */
export function splitList(text: string, separator: RegExp = /[,\n]/): string[] {
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function emptyOfferDraft(validUntil = ""): OfferDraft {
  return { key: rowKey("offer"), code: "", value: "", conditions: "", validUntil, eligibleProductIds: [], categories: "" };
}

export function offerDraftToInput(draft: OfferDraft) {
  return {
    code: draft.code,
    value: draft.value,
    conditions: draft.conditions,
    validUntil: draft.validUntil,
    eligibleProductIds: draft.eligibleProductIds,
    eligibleCategories: splitList(draft.categories),
  };
}

export function offerToDraft(offer: { code: string; value: string; conditions: string; validUntil: string; eligibleProductIds: string[]; eligibleCategories: string[] }): OfferDraft {
  return { key: rowKey("offer"), code: offer.code, value: offer.value, conditions: offer.conditions, validUntil: offer.validUntil, eligibleProductIds: offer.eligibleProductIds, categories: offer.eligibleCategories.join(", ") };
}

/** The campaign's fields as the actions take them, or the sentence saying why the budget is not an amount. */
export function campaignDraftToInput(draft: CampaignDraft) {
  const currency = draft.currency.trim().toUpperCase() || "EUR";
  const budget = parseBudgetToMinor(draft.budget, currency);
  if (!budget.ok) return { ok: false as const, message: budget.message };
  return {
    ok: true as const,
    input: {
      name: draft.name,
      code: draft.code,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      goal: draft.goal,
      personaId: draft.personaId || null,
      // A row left empty is a row the marketer added and did not use, not an invalid landing page.
      landingPages: draft.landingPages.filter((page) => page.url.trim() !== "").map((page) => ({ url: page.url.trim(), label: page.label })),
      channels: draft.channels,
      languages: draft.languages,
      budgetMinor: budget.minor,
      currency,
      ownerId: draft.ownerId || null,
    },
  };
}

export function campaignToDraft(campaign: {
  name: string;
  code: string;
  startsOn: string;
  endsOn: string;
  goal: string;
  personaId: string | null;
  landingPages: { url: string; label: string }[];
  channels: string[];
  languages: string[];
  budgetMinor: number | null;
  currency: string;
  ownerId: string | null;
}): CampaignDraft {
  return {
    name: campaign.name,
    code: campaign.code,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    goal: campaign.goal,
    personaId: campaign.personaId ?? "",
    landingPages: campaign.landingPages.map((page) => ({ key: rowKey("page"), url: page.url, label: page.label })),
    channels: campaign.channels as AssetKind[],
    languages: campaign.languages.filter((language): language is "de" | "en" => language === "de" || language === "en"),
    budget: budgetMinorToText(campaign.budgetMinor, campaign.currency),
    currency: campaign.currency,
    ownerId: campaign.ownerId ?? "",
  };
}

export function emptyCampaignDraft(languages: readonly string[]): CampaignDraft {
  return {
    name: "",
    code: "",
    startsOn: "",
    endsOn: "",
    goal: "",
    personaId: "",
    landingPages: [{ key: rowKey("page"), url: "", label: "" }],
    channels: [],
    languages: languages.filter((language): language is "de" | "en" => language === "de" || language === "en"),
    budget: "",
    currency: "EUR",
    ownerId: "",
  };
}

/** Pains one per line (they are sentences, commas belong to them); vocabulary by commas or lines. */
export function personaDraftToInput(draft: PersonaDraft) {
  return { name: draft.name, description: draft.description, pains: splitList(draft.pains, /\n/), vocabulary: splitList(draft.vocabulary), language: draft.language };
}

export function personaToDraft(persona: { name: string; description: string; pains: string[]; vocabulary: string[]; language: string }): PersonaDraft {
  return { name: persona.name, description: persona.description, pains: persona.pains.join("\n"), vocabulary: persona.vocabulary.join(", "), language: persona.language === "de" ? "de" : "en" };
}
