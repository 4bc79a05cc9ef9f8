import { foldForMatching } from "@/lib/assets/validate/term-match";
import { moveUnitToValue } from "@/lib/rag/chunk/attribute-unit";
import type { Language } from "@/lib/rag/text/tokenize";

/*
 * Feed attributes as a writer may state them. A feed carries bookkeeping next to product facts:
 * the row's language, ids, the shop's own brand on every row. None of that is a property a
 * customer reads about, so it never reaches copy. Labels come from the feed's headers, which are
 * often English whatever the shop's language (Google's feed specification names the columns
 * "color", "size", "material"): the common ones are named in the copy's language.
 */

// Bookkeeping columns: which market or language a row is for, and identifiers.
const BOOKKEEPING_KEY = /^(?:language|lang|locale|sprache|country|land|market|markt|region|id|item id|sku|ean|gtin|mpn|isbn|upc|artikelnummer|art nr|item group id|availability|verfügbarkeit|condition|zustand|custom label(?: \d)?)$/iu;
// Targeting columns: Google's feed codes ("female", "unisex", "adult") say whom to show the ad to,
// not something to tell them ("Gender female" is no headline in any language).
const TARGETING_KEY = /^(?:gender|geschlecht|age group|altersgruppe|adult|erwachsene)$/iu;
const BRAND_KEY = /^(?:brand|marke|hersteller|manufacturer|vendor)$/iu;

// Common feed attribute names per language, folded (lower case, no accents), both directions.
export const COMMON_ATTRIBUTE_LABELS: readonly Record<Language, string>[] = [
  { en: "Colour", de: "Farbe" },
  { en: "Color", de: "Farbe" },
  { en: "Weight", de: "Gewicht" },
  { en: "Material", de: "Material" },
  { en: "Size", de: "Größe" },
  { en: "Capacity", de: "Kapazität" },
  { en: "Volume", de: "Volumen" },
  { en: "Length", de: "Länge" },
  { en: "Width", de: "Breite" },
  { en: "Height", de: "Höhe" },
  { en: "Pattern", de: "Muster" },
  { en: "Brightness", de: "Helligkeit" },
];

/** The label in the copy's language where it is a common feed attribute name; else as the feed wrote it. */
export function labelInLanguage(label: string, language: Language): string {
  const folded = foldForMatching(label);
  const entry = COMMON_ATTRIBUTE_LABELS.find((names) => foldForMatching(names.en) === folded || foldForMatching(names.de) === folded);
  return entry ? entry[language] : label;
}

/**
 * One attribute as copy may state it, or null for bookkeeping (a language code, an id) and for
 * the brand column when it only names the brand the asset is for. The unit moves from the label
 * to the number ("Weight g: 95" → "Weight", "95 g"); a label that is only a unit leaves an empty
 * key ("Lux: 70" → "", "70 lux"): writers then state the value alone.
 */
export function toCopyAttribute(key: string, value: string, context: { brand: string; language: Language }): { key: string; value: string } | null {
  const label = key.trim();
  if (BOOKKEEPING_KEY.test(label) || TARGETING_KEY.test(label)) return null;
  if (BRAND_KEY.test(label) && context.brand !== "") {
    const brand = foldForMatching(context.brand);
    const named = foldForMatching(value);
    if (brand.includes(named) || named.includes(brand)) return null;
  }
  const moved = moveUnitToValue(label, value) ?? { label, value: value.trim() };
  // "Lux: 70 lux" (the chunker already moved the unit): the label only repeats the unit.
  if (/^-?\d/.test(moved.value) && foldForMatching(moved.value).endsWith(` ${foldForMatching(moved.label)}`)) return { key: "", value: moved.value };
  return { key: moved.label === "" ? "" : labelInLanguage(moved.label, context.language), value: moved.value };
}
