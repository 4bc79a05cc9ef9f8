import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { BRIEF_LIMITS } from "@/lib/assets/generate/brief-limits";
import type { CampaignChoice } from "./campaign-choice";
import { needsProduct } from "@/lib/assets/generate/product-kinds";

/** What the form holds: keywords stay the raw text the marketer typed until submit. */
export type BriefValues = {
  productSourceId: string | null;
  topic: string;
  audience: string;
  goal: string;
  tone: string;
  keywords: string;
  language: "de" | "en";
  assetKinds: AssetKind[];
  /** The campaign the brief is written in, or null. */
  campaignId: string | null;
  /** "" for none: then the campaign's, the product's or the site's page. */
  landingPageUrl: string;
  /** One of the campaign's offer codes, or "" for no offer. */
  offerCode: string;
};

export type BriefErrors = Partial<Record<"productSourceId" | "topic" | "audience" | "goal" | "tone" | "keywords" | "assetKinds" | "landingPageUrl", string>>;

export const INITIAL_BRIEF: BriefValues = {
  productSourceId: null,
  topic: "",
  audience: "",
  goal: "",
  tone: "",
  keywords: "",
  // German first, matching the workspace default language order (de, en).
  language: "de",
  assetKinds: [],
  campaignId: null,
  landingPageUrl: "",
  offerCode: "",
};

// The limits BriefInputSchema enforces, so mistakes show inline before a request.
const MAX_KEYWORDS = BRIEF_LIMITS.keywords;
const MAX_KEYWORD_LENGTH = BRIEF_LIMITS.keywordLength;
const TEXT_LIMITS = BRIEF_LIMITS.text;

/** "a, b,, a " → ["a", "b"]: trimmed, empties dropped, duplicates (ignoring case) kept once. */
export function parseKeywords(raw: string): string[] {
  const seen = new Set<string>();
  const keywords: string[] = [];
  for (const part of raw.split(",")) {
    const keyword = part.trim();
    if (keyword === "" || seen.has(keyword.toLowerCase())) continue;
    seen.add(keyword.toLowerCase());
    keywords.push(keyword);
  }
  return keywords;
}

/** The form's error sentences in the member's language (built from `generate.briefForm.errors` by useBriefErrorText). */
export type BriefErrorText = {
  chooseChannel: string;
  /** The chosen kinds that are written for one product of the feed (same rule as the route's productKindRefusal). */
  productOnly(kinds: AssetKind[]): string;
  productOrTopic: string;
  tooLong(max: number): string;
  tooManyKeywords(max: number, count: number): string;
  keywordTooLong(max: number): string;
  landingPageHttps: string;
};

export function validateBrief(values: BriefValues, text: BriefErrorText): BriefErrors {
  const errors: BriefErrors = {};
  if (values.assetKinds.length === 0) errors.assetKinds = text.chooseChannel;
  const productOnly = values.productSourceId === null ? values.assetKinds.filter(needsProduct) : [];
  if (productOnly.length > 0) errors.assetKinds ??= text.productOnly(productOnly);
  if (values.productSourceId === null && values.topic.trim() === "") errors.topic = text.productOrTopic;
  for (const field of ["topic", "audience", "goal", "tone"] as const) {
    if (values[field].trim().length > TEXT_LIMITS[field]) errors[field] ??= text.tooLong(TEXT_LIMITS[field]);
  }
  const keywords = parseKeywords(values.keywords);
  if (keywords.length > MAX_KEYWORDS) errors.keywords = text.tooManyKeywords(MAX_KEYWORDS, keywords.length);
  else if (keywords.some((keyword) => keyword.length > MAX_KEYWORD_LENGTH)) errors.keywords = text.keywordTooLong(MAX_KEYWORD_LENGTH);
  const landingPage = values.landingPageUrl.trim();
  if (landingPage !== "" && !isHttpsUrl(landingPage)) errors.landingPageUrl = text.landingPageHttps;
  return errors;
}

function isHttpsUrl(text: string): boolean {
  return URL.canParse(text) && new URL(text).protocol === "https:";
}

/**
 * Picking a campaign (or none) fills in what the brief inherits from it: the persona as the
 * audience, a language the campaign runs in, its first landing page, and its only offer (with
 * several the marketer chooses). A value the marketer typed themselves is kept; one the previous
 * campaign filled in is replaced.
 */
export function applyCampaignChoice(values: BriefValues, next: CampaignChoice | null, previous: CampaignChoice | null): BriefValues {
  const filledBefore = (current: string, inherited: string | undefined) => current.trim() === "" || current === inherited;
  const previousAudience = previous?.persona?.audience;
  const previousPage = previous?.landingPages[0]?.url;
  const personaAudience = next?.persona?.audience ?? "";
  const audience = filledBefore(values.audience, previousAudience) ? (personaAudience.length <= TEXT_LIMITS.audience ? personaAudience : "") : values.audience;
  const landingPageUrl = filledBefore(values.landingPageUrl, previousPage) ? (next?.landingPages[0]?.url ?? "") : values.landingPageUrl;
  const languages = next?.languages ?? [];
  return {
    ...values,
    campaignId: next?.id ?? null,
    audience,
    landingPageUrl,
    language: languages.length > 0 && !languages.includes(values.language) ? languages[0]! : values.language,
    offerCode: next && next.offers.length === 1 ? next.offers[0]!.code : "",
  };
}

/** The request body's brief, in the shape the route validates. */
export function toBriefInput(values: BriefValues): BriefInput {
  return {
    productSourceId: values.productSourceId,
    topic: values.topic.trim(),
    audience: values.audience.trim(),
    goal: values.goal.trim(),
    tone: values.tone.trim(),
    keywords: parseKeywords(values.keywords),
    language: values.language,
    assetKinds: values.assetKinds,
    ...(values.landingPageUrl.trim() !== "" ? { landingPageUrl: values.landingPageUrl.trim() } : {}),
    // Inside a campaign the offer is always said: a code, or null for "no offer" (absent would inherit).
    ...(values.campaignId ? { campaignId: values.campaignId, offerCode: values.offerCode || null } : {}),
  };
}

/** A stored brief (history, template, another asset's) as form values, to start a new brief from it. */
export function fromBriefInput(brief: BriefInput): BriefValues {
  return {
    productSourceId: brief.productSourceId,
    topic: brief.topic,
    audience: brief.audience,
    goal: brief.goal,
    tone: brief.tone,
    keywords: brief.keywords.join(", "),
    language: brief.language,
    assetKinds: [...brief.assetKinds],
    campaignId: brief.campaignId ?? null,
    landingPageUrl: brief.landingPageUrl ?? "",
    offerCode: brief.offerCode ?? "",
  };
}
