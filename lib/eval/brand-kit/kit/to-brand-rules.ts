import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { KitRules } from "./kit-rules";

/**
 * The kit's rules in today's BrandRules shape, as an admin could type them into the app now. What
 * that shape cannot hold is lost here, and that loss is part of what the evaluation measures:
 * term languages are dropped, and a disclaimer with a product-category or text condition is left
 * out (demanding it everywhere would put it where its condition does not hold, which the
 * evaluation counts as a failure too). Kind-only disclaimers become one per kind and language.
 * The one place to change when BrandRules gains per-language terms and disclaimer conditions.
 */
export function toBrandRules(rules: KitRules): BrandRules {
  const kinds = ["seo-page", "google-rsa", "meta-ad", "linkedin-ad"] as const;
  return {
    bannedTerms: rules.bannedTerms.map((t) => ({ term: t.term, reason: t.reason })),
    preferredTerms: rules.preferredTerms.map((t) => ({ avoid: t.avoid, use: t.use })),
    requiredDisclaimers: rules.disclaimers
      .filter((d) => d.when.productCategories === undefined && d.when.textPattern === undefined)
      .flatMap((d) => (d.when.kinds ?? kinds).flatMap((channel) => (["de", "en"] as const).map((language) => ({ channel, language, text: d.text[language] })))),
    toneNotes: rules.toneNotes,
  };
}
