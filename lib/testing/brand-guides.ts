/*
 * Two small SYNTHETIC brand guides (English Markdown, German plain text with numbered headings)
 * for the rule extractor, with the rules a careful admin would read out of each. Brands, terms
 * and notes are invented; neither is the demo brand.
 */
import type { RuleProposal } from "@/lib/brand-rules/proposal";

export const ENGLISH_GUIDE = `# Kestrel Trail Co. — Brand guide (English)

## Voice and tone
We write calmly and precisely. Facts before adjectives.
We never use exclamation marks.
Headlines are written in sentence case, not Title Case.

## Words we don't say
- cheap – we are not a discount brand
- "best in class" (no proof)
- guaranteed / guarantee
- No health claims such as "heals" or "cures".

## Preferred terms
- rucksack → backpack
- Say "weatherproof", not "waterproof" (unless a water column is stated).
- trip instead of adventure
- not customers but guests

## Prices
Prices are written as €129.00 (two decimals, symbol first, no space).

## Disclaimers
- "Prices incl. VAT." – on all Meta ads
- Only for sleeping bags: "Comfort ratings per EN 13537."
- "Water column measured per ISO 811." (only when a water column in mm is stated)

## Our story
Kestrel started in 2009 in a garage in Leeds. We repair what we sell, and our guests say the packs last for years.
`;

export const ENGLISH_GUIDE_RULES: Omit<RuleProposal, "evidence">[] = [
  { type: "formatting", rule: { exclamationMarks: false } },
  { type: "formatting", rule: { sentenceCaseHeadlines: true } },
  { type: "banned_term", rule: { term: "cheap", reason: "we are not a discount brand", language: "en" } },
  { type: "banned_term", rule: { term: "best in class", reason: null, language: "en" } },
  { type: "banned_term", rule: { term: "guaranteed", reason: null, language: "en" } },
  { type: "banned_term", rule: { term: "guarantee", reason: null, language: "en" } },
  { type: "banned_term", rule: { term: "heals", reason: null, language: "en" } },
  { type: "banned_term", rule: { term: "cures", reason: null, language: "en" } },
  { type: "preferred_term", rule: { avoid: "rucksack", use: "backpack", language: "en" } },
  { type: "preferred_term", rule: { avoid: "waterproof", use: "weatherproof", language: "en" } },
  { type: "preferred_term", rule: { avoid: "adventure", use: "trip", language: "en" } },
  { type: "preferred_term", rule: { avoid: "customers", use: "guests", language: "en" } },
  { type: "formatting", rule: { priceFormat: { en: { decimals: "always", symbol: "before", space: false } } } },
  { type: "disclaimer", rule: { channel: "meta-ad", language: "en", text: "Prices incl. VAT." } },
  { type: "disclaimer", rule: { channel: null, language: "en", text: "Comfort ratings per EN 13537.", categories: ["sleeping bags"] } },
  { type: "disclaimer", rule: { channel: null, language: "en", text: "Water column measured per ISO 811.", pattern: "\\d[\\d.,]*\\s?mm(?:[^\\p{L}]|$)" } },
];

export const GERMAN_GUIDE = `Markenleitfaden Bergfink (Deutsch)

1. Tonalität
Wir sprechen unsere Kundschaft mit „Sie“ an.
Auf Ausrufezeichen verzichten wir.

2. Verbotene Begriffe
- billig – wir sind keine Discountmarke
- „unkaputtbar“
- Testsieger / Weltneuheit
- garantiert (nur echte Garantien nennen)

3. Bevorzugte Begriffe
- Tour statt Abenteuer
- nicht Kunden, sondern Gäste
- Outdoorjacke → Wetterschutzjacke
- EN: rucksack → backpack

4. Preise
Preise schreiben wir immer mit zwei Nachkommastellen: 129,00 € (nicht 129 €).

5. Pflichthinweise
- „Preise inkl. MwSt.“ – in allen Meta-Anzeigen
- Nur bei Schlafsäcken: „Komfortwerte nach EN 13537.“
- „Wassersäule gemessen nach ISO 811.“ (nur wenn eine Wassersäule genannt wird)

6. Über uns
Bergfink wurde 2011 in Freiburg gegründet. Wir reparieren, was wir verkaufen, und unsere Gäste tragen ihre Jacken viele Jahre.
`;

export const GERMAN_GUIDE_RULES: Omit<RuleProposal, "evidence">[] = [
  { type: "formatting", rule: { formality: "sie" } },
  { type: "formatting", rule: { exclamationMarks: false } },
  { type: "banned_term", rule: { term: "billig", reason: "wir sind keine Discountmarke", language: "de" } },
  { type: "banned_term", rule: { term: "unkaputtbar", reason: null, language: "de" } },
  { type: "banned_term", rule: { term: "Testsieger", reason: null, language: "de" } },
  { type: "banned_term", rule: { term: "Weltneuheit", reason: null, language: "de" } },
  { type: "banned_term", rule: { term: "garantiert", reason: "nur echte Garantien nennen", language: "de" } },
  { type: "preferred_term", rule: { avoid: "Abenteuer", use: "Tour", language: "de" } },
  { type: "preferred_term", rule: { avoid: "Kunden", use: "Gäste", language: "de" } },
  { type: "preferred_term", rule: { avoid: "Outdoorjacke", use: "Wetterschutzjacke", language: "de" } },
  { type: "preferred_term", rule: { avoid: "rucksack", use: "backpack", language: "en" } },
  { type: "formatting", rule: { priceFormat: { de: { decimals: "always", symbol: "after", space: true } } } },
  { type: "disclaimer", rule: { channel: "meta-ad", language: "de", text: "Preise inkl. MwSt." } },
  { type: "disclaimer", rule: { channel: null, language: "de", text: "Komfortwerte nach EN 13537.", categories: ["Schlafsäcken"] } },
  { type: "disclaimer", rule: { channel: null, language: "de", text: "Wassersäule gemessen nach ISO 811.", pattern: "Wassersäule" } },
];
