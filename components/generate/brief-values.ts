import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { BRIEF_LIMITS } from "@/lib/assets/generate/brief-limits";
import { productKindRefusal } from "@/lib/assets/generate/product-kinds";

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
};

export type BriefErrors = Partial<Record<"productSourceId" | "topic" | "audience" | "goal" | "tone" | "keywords" | "assetKinds", string>>;

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

export function validateBrief(values: BriefValues): BriefErrors {
  const errors: BriefErrors = {};
  if (values.assetKinds.length === 0) errors.assetKinds = "Choose at least one channel.";
  const refusal = productKindRefusal(values);
  if (refusal) errors.assetKinds ??= refusal;
  if (values.productSourceId === null && values.topic.trim() === "") errors.topic = "Choose a product or enter a topic.";
  for (const field of ["topic", "audience", "goal", "tone"] as const) {
    if (values[field].trim().length > TEXT_LIMITS[field]) errors[field] ??= `Keep this under ${TEXT_LIMITS[field]} characters.`;
  }
  const keywords = parseKeywords(values.keywords);
  if (keywords.length > MAX_KEYWORDS) errors.keywords = `At most ${MAX_KEYWORDS} keywords; you have ${keywords.length}.`;
  else if (keywords.some((keyword) => keyword.length > MAX_KEYWORD_LENGTH)) errors.keywords = `Each keyword must be at most ${MAX_KEYWORD_LENGTH} characters.`;
  return errors;
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
  };
}
