import { z } from "zod";
import { ASSET_KINDS } from "./asset";

/** A workspace's editorial rules, applied to generated assets and to human edits alike. */
export const BrandRulesSchema = z.object({
  bannedTerms: z.array(z.object({ term: z.string(), reason: z.string().nullable() })),
  preferredTerms: z.array(z.object({ avoid: z.string(), use: z.string() })),
  /**
   * `channel` is the asset kind (the key keeps its spelling: brand rules are stored, and the prompt
   * carries them as they are). `language` null: every language; "de"/"en": only assets in that
   * language ("Preise inkl. MwSt." is German).
   */
  requiredDisclaimers: z.array(z.object({ channel: z.enum(ASSET_KINDS), language: z.enum(["de", "en"]).nullable().default(null), text: z.string() })),
  toneNotes: z.string().nullable(),
});

export type BrandRules = z.infer<typeof BrandRulesSchema>;

export const EMPTY_BRAND_RULES: BrandRules = { bannedTerms: [], preferredTerms: [], requiredDisclaimers: [], toneNotes: null };
