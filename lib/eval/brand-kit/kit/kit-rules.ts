import type { AssetKind } from "@/lib/assets/schemas/asset-kind";

/*
 * SYNTHETIC (see site.ts). The rules an admin of Spurwerk would accept from its two guides, in a
 * shape of this evaluation's own: richer than today's BrandRules (per-language terms, disclaimers
 * with conditions, price formats). The checks read this object, never the app's rules, so they
 * judge the copy by what the customer asked for. to-brand-rules.ts adapts it to the app's shape.
 */
export type KitLanguage = "de" | "en";

export type KitTerm = { term: string; language: KitLanguage; reason: string };
export type KitPreferredTerm = { avoid: string; use: string; language: KitLanguage };

/** When a disclaimer applies; all given conditions must hold. */
export type KitDisclaimerCondition = {
  kinds?: readonly AssetKind[];
  /** The brief's product is in one of these feed categories (product_type). */
  productCategories?: readonly string[];
  /** The copy states something matching this pattern (a price, a measured value). */
  textPattern?: RegExp;
};

export type KitDisclaimer = { id: string; text: Record<KitLanguage, string>; when: KitDisclaimerCondition };

export type KitPriceFormat = { decimals: number; currencyPosition: "before" | "after"; symbol: string; decimalMark: string; thousandsMark: string };

export type KitRules = {
  bannedTerms: readonly KitTerm[];
  preferredTerms: readonly KitPreferredTerm[];
  disclaimers: readonly KitDisclaimer[];
  priceFormat: Record<KitLanguage, KitPriceFormat>;
  /** German copy addresses the reader formally ("Sie"). */
  formality: { de: "sie" | "du" };
  allowExclamationMarks: boolean;
  toneNotes: string;
};

const SUPERLATIVE = "An unproven superlative: we have no independent test that shows it.";
const PROMISE = "An absolute promise no product keeps.";
const LOCK_PROMISE = "Every lock can be broken with enough time.";
const CHEAP = "Sounds like poor quality; name the price instead.";
const HYPE = "Hype, not a fact.";

// A price in either language's format: "49,90 €", "€49.90", "1.299,00 €", "EUR 49.90".
const STATES_PRICE = /(?:€|\bEUR\b)\s?\d|\d(?:[.,]\d+)*\s?(?:€|\bEUR\b)/u;
const STATES_LUX = /\d\s?lux\b/iu;

export const SPURWERK_RULES: KitRules = {
  bannedTerms: [
    { term: "best on the market", language: "en", reason: SUPERLATIVE },
    { term: "best front light on the market", language: "en", reason: SUPERLATIVE },
    { term: "guaranteed", language: "en", reason: PROMISE },
    { term: "theft-proof", language: "en", reason: LOCK_PROMISE },
    { term: "unbreakable", language: "en", reason: PROMISE },
    { term: "cheap", language: "en", reason: CHEAP },
    { term: "revolutionary", language: "en", reason: HYPE },
    { term: "der Beste auf dem Markt", language: "de", reason: SUPERLATIVE },
    { term: "das beste Licht auf dem Markt", language: "de", reason: SUPERLATIVE },
    { term: "garantiert", language: "de", reason: PROMISE },
    { term: "diebstahlsicher", language: "de", reason: LOCK_PROMISE },
    { term: "unzerbrechlich", language: "de", reason: PROMISE },
    { term: "billig", language: "de", reason: CHEAP },
    { term: "revolutionär", language: "de", reason: HYPE },
  ],
  // Per language on purpose: "Pedelec" is the German word the brand wants and the English word it
  // does not; a rule without a language would rewrite one language into the other's term.
  preferredTerms: [
    { avoid: "pedelec", use: "e-bike", language: "en" },
    { avoid: "bike shop", use: "workshop", language: "en" },
    { avoid: "customers", use: "riders", language: "en" },
    { avoid: "E-Bike", use: "Pedelec", language: "de" },
    { avoid: "Fahrradladen", use: "Werkstatt", language: "de" },
  ],
  disclaimers: [
    {
      id: "prices-vat",
      text: { de: "Preise inkl. MwSt., zzgl. Versand.", en: "Prices incl. VAT, plus shipping." },
      when: { textPattern: STATES_PRICE },
    },
    {
      id: "lux-measurement",
      // Its number (10 m) is in the disclaimer, not a claim: exempt from grounding.
      text: { de: "Lux-Werte gemessen in 10 m Abstand.", en: "Lux values measured at 10 m distance." },
      when: { textPattern: STATES_LUX },
    },
    {
      id: "battery-charger",
      text: { de: "Nur mit dem freigegebenen Spurwerk-Ladegerät laden.", en: "Charge only with the approved Spurwerk charger." },
      when: { productCategories: ["Akkus", "Batteries"] },
    },
  ],
  priceFormat: {
    de: { decimals: 2, currencyPosition: "after", symbol: "€", decimalMark: ",", thousandsMark: "." },
    en: { decimals: 2, currencyPosition: "before", symbol: "€", decimalMark: ".", thousandsMark: "," },
  },
  formality: { de: "sie" },
  allowExclamationMarks: false,
  toneNotes:
    "Helpful and matter-of-fact, like a mechanic explaining her work. Short sentences, measured values instead of praise. German copy addresses the reader with \"Sie\". No exclamation marks, no words in capitals.",
};
