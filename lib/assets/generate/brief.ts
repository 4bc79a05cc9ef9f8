import { z } from "zod";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { BRIEF_LIMITS } from "./brief-limits";
import { BrandRulesSchema } from "@/lib/assets/schemas/brand-rules";

/** The last variant "Another variant" can ask for (0 is the first wording, so four in all). */
export const MAX_VARIANT = 3;

/** What a marketer asks for (the Generate form and batch jobs), validated at the action boundary. */
export const BriefInputSchema = z.object({
  /** A product source from the feed, or null for a page about a topic. */
  productSourceId: z.string().min(1).nullable(),
  topic: z.string().trim().max(BRIEF_LIMITS.text.topic, "validation.assets.keepTopicUnderCharacters").default(""),
  audience: z.string().trim().max(BRIEF_LIMITS.text.audience).default(""),
  goal: z.string().trim().max(BRIEF_LIMITS.text.goal).default(""),
  /** What to generate, one asset per kind (the form labels them "Channels"). */
  assetKinds: z.array(z.enum(ASSET_KINDS)).min(1, "validation.assets.chooseAtLeastOne2").max(ASSET_KINDS.length),
  language: z.enum(["de", "en"]),
  tone: z.string().trim().max(BRIEF_LIMITS.text.tone).default(""),
  keywords: z.array(z.string().trim().min(1).max(BRIEF_LIMITS.keywordLength)).max(BRIEF_LIMITS.keywords, "validation.assets.atMostKeywords").default([]),
  /**
   * The campaign the brief is written in: it inherits the campaign's persona, landing page, offer
   * and languages (lib/campaigns/campaign-brief.ts). Absent or null: a brief on its own.
   */
  campaignId: z.string().trim().min(1).max(64).nullable().optional(),
  /**
   * Where the links go. A topic brief takes it instead of the site root; a product brief's
   * replaces the product's URL.
   */
  landingPageUrl: z
    .url({ protocol: /^https$/, message: "validation.assets.landingPageMustAbsolute" })
    .max(2_000)
    .nullable()
    .optional(),
  /**
   * One of the campaign's offer codes (any case). Null: no offer. Absent: the campaign's offer
   * when exactly one holds for the product (campaign-brief.ts).
   */
  offerCode: z.string().trim().min(1, "validation.assets.chooseOfferCodeNone").max(40).nullable().optional(),
});
export type BriefInput = z.infer<typeof BriefInputSchema>;

/**
 * Reads a brief stored before `channels` was renamed `assetKinds` (asset provenance, generation
 * batches) as well as a current one, so regenerating a field of an older asset or resuming an older
 * batch still works.
 */
export function parseStoredBrief(value: unknown) {
  if (value && typeof value === "object" && !("assetKinds" in value) && "channels" in value) {
    const { channels, ...rest } = value as Record<string, unknown>;
    return BriefInputSchema.safeParse({ ...rest, assetKinds: channels });
  }
  return BriefInputSchema.safeParse(value);
}

/**
 * The machine-readable brief the prompt carries in a <brief> element, for one asset kind: the
 * marketer's brief (personal data already redacted) plus what the workspace knows that a writer
 * needs and must not invent (URLs that exist, languages, brand rules, the landing page and UTM).
 * Hosted models read it as part of the prompt; the local extractive writers parse it.
 */
export const PromptBriefSchema = z.object({
  kind: z.enum(ASSET_KINDS),
  language: z.enum(["de", "en"]),
  brandName: z.string(),
  product: z
    .object({
      sourceId: z.string(),
      title: z.string(),
      url: z.string().nullable(),
      category: z.string().nullable(),
      /** The shop's own id of the product (the feed's `id` column); given to product feed copy, which is keyed by it. */
      productId: z.string().nullable().optional(),
    })
    .nullable(),
  topic: z.string(),
  audience: z.string(),
  goal: z.string(),
  tone: z.string(),
  keywords: z.array(z.string()),
  /** Landing page for ads and canonical URL for pages (the brief's or campaign's landing page, else the product URL, else the brand's site). */
  finalUrl: z.string(),
  utm: z.object({ source: z.string(), medium: z.string(), campaign: z.string(), content: z.string().nullable(), term: z.string().nullable() }),
  /** Existing URLs from the knowledge base, the only allowed internal-link targets. */
  /** `language`: the page's language where known; an asset links only to pages in its own language. */
  knownUrls: z.array(z.object({ url: z.string(), title: z.string(), language: z.enum(["de", "en"]).nullable().optional() })),
  workspaceLanguages: z.array(z.string()),
  brandRules: BrandRulesSchema,
  /**
   * Which variant of this asset to write: 0 is the first; "Another variant" asks for 1, 2, 3.
   * The local writers let the next-best source sentences lead, so a variant differs but stays
   * deterministic and as grounded as the first; hosted models read it as a request for another wording.
   */
  variant: z.number().int().min(0).max(MAX_VARIANT).optional(),
  /**
   * The campaign's offer, for a brief written inside a campaign: facts the copy may state as they
   * are (code word for word, value, conditions, the last valid day) without a source. Any other
   * code, value or end date still needs one.
   */
  offer: z.object({ code: z.string(), value: z.string(), conditions: z.string(), validUntil: z.string() }).nullable().optional(),
});
export type PromptBrief = z.infer<typeof PromptBriefSchema>;
