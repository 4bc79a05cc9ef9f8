import type { SeedDocument } from "@/lib/seed/content/types";

// SYNTHETIC (see site.ts). A brand guide: rules and voice for writers, never copy. Its sentences are
// the meta-text the evaluation looks for in generated assets (checks/meta-text.ts).
export const GUIDE_EN: SeedDocument = {
  title: "Spurwerk brand guide (English)",
  canonicalUrl: null,
  language: "en",
  classification: "internal",
  kind: "brand_voice",
  markdown: `# Spurwerk brand guide for English copy

Version 2, September 2026. This guide is for everyone who writes for Spurwerk in English.

## 1. Voice

- Helpful and matter-of-fact, like a mechanic who explains what she is doing.
- Short sentences with one idea each.
- Name the measured value instead of praising a product.
- No exclamation marks and no words in capital letters.

## 2. Addressing the reader

- Write "you" and speak to riders, not to customers.
- Keep headlines in sentence case.

## 3. Banned terms and claims

- "best on the market" and every other unproven superlative
- "guaranteed" as a promise about a product
- "theft-proof" because every lock can be broken with enough time
- "unbreakable"
- "cheap"
- "revolutionary"

## 4. Preferred terms

- Write "e-bike" instead of "pedelec".
- Write "workshop" instead of "bike shop".
- Write "riders" instead of "customers".

## 5. Disclaimers

- Whenever a price is stated in an ad or on a page, add "Prices incl. VAT, plus shipping."
- Whenever a lux value is stated, add "Lux values measured at 10 m distance."
- Every text about a battery or a charger carries "Charge only with the approved Spurwerk charger."

## 6. Prices and numbers

- Prices carry two decimals and the euro sign in front: €49.90.
- Use a point as the decimal mark and a comma for thousands: €1,299.00.
`,
};
