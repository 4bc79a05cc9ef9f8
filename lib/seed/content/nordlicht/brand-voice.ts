import type { SeedDocument } from "../types";

// SYNTHETIC demo content (fictional brand). The one document allowed to quote the banned terms:
// it explains them. Brand rules in nordlicht-brand-rules.ts enforce the same list.
export const BRAND_VOICE: SeedDocument = {
  title: "Brand voice and style guide",
  canonicalUrl: null,
  language: "en",
  classification: "internal",
  kind: "brand_voice",
  markdown: `# Nordlicht Outdoor: brand voice and style guide

Version 3.2, January 2026. Applies to everything we publish: product pages, ads, newsletters, social posts and packaging, in German and in English.

## Who we sound like

Nordlicht sounds like an experienced friend on the trail: calm, precise and a little dry. We explain what a product does and where its limits are. We never shout, and we never promise more than the product can keep.

## Tone in four rules

1. Facts before adjectives. "20,000 mm water column, 420 g" beats "incredibly waterproof and super light".
2. Short sentences. One idea per sentence, at most 20 words.
3. Understatement. If a product is good, the numbers show it.
4. Respect for the outdoors. We write about tours, long days outside and bad weather, not about conquering mountains.

## Addressing the reader

- German: always "du", lowercase inside a sentence. Never "Sie".
- English: "you". British or American spelling, but one of them per text.
- We write for everyone: "Kundinnen und Kunden", "Wanderinnen und Wanderer".

## Words we use and words we avoid

| We say | We never say | Why |
| --- | --- | --- |
| weatherproof, wetterfest | indestructible, unzerstörbar, unverwüstlich | Every jacket can tear on rock. |
| waterproof, wasserdicht, always with the water column (20,000 mm) | waterproof without a number | The claim needs its proof next to it. |
| 5-year warranty, 5 Jahre Garantie | guaranteed, garantiert | A warranty is a defined promise; "guaranteed" is a vague one. |
| made from 100 % recycled polyamide | eco-friendly, umweltfreundlich, climate neutral, klimaneutral | Generic green claims mislead, and from 27 September 2026 the EU bans them. |
| good value, preiswert | cheap, billig, Schnäppchen | Cheap sounds like it will not last. |
| Tour, Wandertag, trip | Outdoor-Abenteuer, epic adventure | Understatement. |
| keeps you warm down to 0 °C (comfort rating) | heals, cures, heilt | We make clothing, not medicine. Health claims are not allowed. |
| one of our lightest jackets | best in the world, beste der Welt, Testsieger | No superlative we cannot prove. |

"Sustainable" and "nachhaltig" never stand alone: name the fact instead ("78 % recycled materials by weight").

## Product names

Product families carry Nordic words: Fjell (mountain), Vidde (high plateau), Ull (wool), Rygg (back), Natt (night), Sti (path), Bris (breeze). They are always capitalised, never translated and never in all caps. The brand is "Nordlicht Outdoor" on first mention, then "Nordlicht"; never "NORDLICHT".

## Numbers and units

- German: "20.000 mm", "420 g", "0 °C", prices "349,00 €".
- English: "20,000 mm", "420 g", "0 °C", prices "€349".
- Always a space between number and unit, also before "%".

## Ads

- No exclamation mark in headlines; at most one per ad.
- No emoji and no words in capitals.
- Every Meta ad carries "Preise inkl. MwSt.", because our Meta ads run for consumers in Germany.
- Discounts only when the campaign brief names them. We never invent a sale or a deadline.
`,
};
