import type { BrandRules, PriceFormat, RequiredDisclaimer } from "@/lib/assets/schemas/brand-rules";
import type { KitDisclaimer, KitLanguage, KitPriceFormat, KitRules } from "./kit-rules";

const LANGUAGES: readonly KitLanguage[] = ["de", "en"];

/**
 * The kit's rules in the app's BrandRules shape, as an admin would accept them from the guides:
 * terms keep their language, each disclaimer becomes one rule per language (and per asset kind
 * when it names kinds) carrying its category and text-pattern conditions, and the formatting
 * rules (Sie, no exclamation marks, a price format per language) carry over. Nothing of the kit's
 * rules is lost here, so a failed check is the writers' fault, not the adapter's.
 */
export function toBrandRules(rules: KitRules): BrandRules {
  return {
    bannedTerms: rules.bannedTerms.map((t) => ({ term: t.term, reason: t.reason, language: t.language })),
    preferredTerms: rules.preferredTerms.map((t) => ({ avoid: t.avoid, use: t.use, language: t.language })),
    requiredDisclaimers: rules.disclaimers.flatMap(toRequiredDisclaimers),
    toneNotes: rules.toneNotes,
    formatting: {
      formality: rules.formality.de,
      exclamationMarks: rules.allowExclamationMarks,
      priceFormat: { de: toPriceFormat(rules.priceFormat.de), en: toPriceFormat(rules.priceFormat.en) },
    },
  };
}

function toRequiredDisclaimers(disclaimer: KitDisclaimer): RequiredDisclaimer[] {
  const { kinds, productCategories, textPattern } = disclaimer.when;
  const channels = kinds ?? [null];
  return channels.flatMap((channel) =>
    LANGUAGES.map((language) => ({
      channel,
      language,
      text: disclaimer.text[language],
      ...(productCategories ? { categories: [...productCategories] } : {}),
      // The app compiles patterns case-insensitively with the unicode flag; the kit's patterns are written for that.
      ...(textPattern ? { pattern: textPattern.source } : {}),
    })),
  );
}

/**
 * The kit writes "49,90 €" (amount, space, symbol) and "€49.90" (symbol glued to the amount): the
 * space goes with a trailing symbol. The separators follow the language in the app, as in the kit.
 */
function toPriceFormat(format: KitPriceFormat): PriceFormat {
  return { decimals: format.decimals > 0 ? "always" : "when-needed", symbol: format.currencyPosition, space: format.currencyPosition === "after" };
}
