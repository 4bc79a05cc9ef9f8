import { z } from "zod";
import { ASSET_KINDS } from "./asset";

/*
 * Brand rules are stored as JSON (brand_settings.rules) and carried in prompts as they are. Every
 * field added after the first version is optional or defaulted, so rules stored before it still
 * parse and code that builds rules by hand keeps compiling; read them through the helpers below
 * (ruleLanguage, formattingOf), which fill in what a stored rule leaves out.
 */

/** "de"/"en": the rule holds only for assets in that language; null or missing: every language. */
const RuleLanguageSchema = z.enum(["de", "en"]).nullable().optional();
export type RuleLanguage = "de" | "en" | null;

export const BannedTermSchema = z.object({
  term: z.string(),
  reason: z.string().nullable().default(null),
  /** "Rucksack" may be banned in German copy only; null: every language. */
  language: RuleLanguageSchema,
});

export const PreferredTermSchema = z.object({
  avoid: z.string(),
  use: z.string(),
  /** An English "rucksack → backpack" pair must not rewrite the German word "Rucksack". */
  language: RuleLanguageSchema,
});

/**
 * A disclaimer applies only when all its conditions hold; a condition left empty holds always.
 * `channel` is the asset kind (null: every kind; the key keeps its stored spelling).
 * `categories`: the product's category path contains one of them (a topic page has none).
 * `pattern`: a regular expression (case-insensitive) found in the copy outside any disclaimer,
 * e.g. `\d+ ?mm` so a measurement-standard note appears only where a measured value is stated.
 */
export const RequiredDisclaimerSchema = z.object({
  channel: z.enum(ASSET_KINDS).nullable(),
  language: z.enum(["de", "en"]).nullable().default(null),
  text: z.string(),
  categories: z.array(z.string()).optional(),
  pattern: z.string().nullable().optional(),
});

/**
 * How prices are written in one language. German shoppers read "129,00 €", English ones "€129.00";
 * the decimal and thousands separators follow the language, the rest is the brand's choice.
 */
export const PriceFormatSchema = z.object({
  /** "always": two decimals ("129,00 €"); "when-needed": cents only when there are any ("129 €"). */
  decimals: z.enum(["always", "when-needed"]),
  symbol: z.enum(["before", "after"]),
  /** A (non-breaking) space between amount and currency symbol. */
  space: z.boolean(),
});
export type PriceFormat = z.infer<typeof PriceFormatSchema>;

export const FormattingRulesSchema = z.object({
  /** German address form: "sie" (formal) or "du"; null: not checked. English has none. */
  formality: z.enum(["sie", "du"]).nullable().optional(),
  /** False: no "!" anywhere in the copy. */
  exclamationMarks: z.boolean().optional(),
  /** True: headlines, titles and H1s in sentence case, not Title Case. */
  sentenceCaseHeadlines: z.boolean().optional(),
  priceFormat: z.object({ de: PriceFormatSchema.nullable().optional(), en: PriceFormatSchema.nullable().optional() }).optional(),
});
export type FormattingRules = z.infer<typeof FormattingRulesSchema>;

/**
 * The footer every e-mail ends with, per language: the brand's name, postal address and an
 * unsubscribe link or merge tag ({{unsubscribe_url}}, kept as it is for the sending tool). Brand
 * text, not a claim; unset: a default built from the brand name (lib/assets/email/footer.ts).
 */
export const EmailFooterSchema = z.object({ de: z.string().nullable().optional(), en: z.string().nullable().optional() });
export type EmailFooter = z.infer<typeof EmailFooterSchema>;

/** A workspace's editorial rules, applied to generated assets and to human edits alike. */
export const BrandRulesSchema = z.object({
  bannedTerms: z.array(BannedTermSchema),
  preferredTerms: z.array(PreferredTermSchema),
  requiredDisclaimers: z.array(RequiredDisclaimerSchema),
  toneNotes: z.string().nullable().default(null),
  formatting: FormattingRulesSchema.optional(),
  emailFooter: EmailFooterSchema.optional(),
  /**
   * The hashtags social posts may use, without "#" ("Nordlicht", "Hardshell"); missing or empty:
   * any. Read through hashtagsOf. One list for every language: a brand's hashtags are names.
   */
  hashtags: z.array(z.string()).optional(),
});

export type BrandRules = z.infer<typeof BrandRulesSchema>;
export type BannedTerm = BrandRules["bannedTerms"][number];
export type PreferredTerm = BrandRules["preferredTerms"][number];
export type RequiredDisclaimer = BrandRules["requiredDisclaimers"][number];

export const EMPTY_BRAND_RULES: BrandRules = { bannedTerms: [], preferredTerms: [], requiredDisclaimers: [], toneNotes: null };

/** Formatting rules with every unset field at its permissive default (nothing checked). */
export type ResolvedFormatting = {
  formality: "sie" | "du" | null;
  exclamationMarks: boolean;
  sentenceCaseHeadlines: boolean;
  priceFormat: { de: PriceFormat | null; en: PriceFormat | null };
};

export function formattingOf(rules: Pick<BrandRules, "formatting">): ResolvedFormatting {
  const formatting = rules.formatting ?? {};
  return {
    formality: formatting.formality ?? null,
    exclamationMarks: formatting.exclamationMarks ?? true,
    sentenceCaseHeadlines: formatting.sentenceCaseHeadlines ?? false,
    priceFormat: { de: formatting.priceFormat?.de ?? null, en: formatting.priceFormat?.en ?? null },
  };
}

/** The brand's hashtags without "#", blanks and repeats (compared case-insensitively, as the networks do). */
export function hashtagsOf(rules: Pick<BrandRules, "hashtags">): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of rules.hashtags ?? []) {
    const tag = raw.trim().replace(/^#+/, "");
    const key = tag.toLocaleLowerCase();
    if (tag === "" || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** The language a term rule is limited to, null for every language. */
export function ruleLanguage(rule: { language?: RuleLanguage | undefined }): RuleLanguage {
  return rule.language ?? null;
}

/** Whether a rule limited to a language holds for text in `language` (unknown language: every rule holds). */
export function holdsForLanguage(rule: { language?: RuleLanguage | undefined }, language: RuleLanguage): boolean {
  const limited = ruleLanguage(rule);
  return limited === null || language === null || limited === language;
}

/**
 * Reads stored rules (brand_settings.rules, or rules inside a stored prompt brief). Rules stored
 * before a field existed get its default. An entry that no longer parses is dropped alone, not
 * the whole rule set: losing every banned term because one disclaimer is malformed would let
 * banned claims through, and the Brand rules page, where an admin fixes them, must still open.
 */
export function readBrandRules(value: unknown): BrandRules {
  const parsed = BrandRulesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const raw: Record<string, unknown> = typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  const entries = <T>(schema: z.ZodType<T>, list: unknown): T[] =>
    Array.isArray(list) ? list.flatMap((entry) => {
      const result = schema.safeParse(entry);
      return result.success ? [result.data] : [];
    }) : [];
  const formatting = FormattingRulesSchema.safeParse(raw.formatting);
  const emailFooter = EmailFooterSchema.safeParse(raw.emailFooter);
  const hashtags = Array.isArray(raw.hashtags) ? raw.hashtags.filter((tag): tag is string => typeof tag === "string") : [];
  return {
    bannedTerms: entries(BannedTermSchema, raw.bannedTerms),
    preferredTerms: entries(PreferredTermSchema, raw.preferredTerms),
    requiredDisclaimers: entries(RequiredDisclaimerSchema, raw.requiredDisclaimers),
    toneNotes: typeof raw.toneNotes === "string" ? raw.toneNotes : null,
    ...(formatting.success && formatting.data ? { formatting: formatting.data } : {}),
    ...(emailFooter.success && emailFooter.data ? { emailFooter: emailFooter.data } : {}),
    ...(hashtags.length > 0 ? { hashtags } : {}),
  };
}
