/*
 * SYNTHETIC demo content: the default brand rules of the fictional Nordlicht Outdoor workspace.
 * They enforce what the brand voice document (nordlicht/brand-voice.ts) says, so the demo shows a
 * rule firing for a reason a reviewer can look up.
 */
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";

const ABSOLUTE_PROMISE = "No product keeps an absolute promise; name the 5-year warranty (5 Jahre Garantie) instead.";
const NOTHING_INDESTRUCTIBLE = "Every jacket can tear on rock; say weatherproof / wetterfest or robust.";
const UNPROVEN_SUPERLATIVE = "A superlative needs independent proof, and we have none.";
// Directive (EU) 2024/825 bans generic environmental claims from 27 September 2026.
const GENERIC_GREEN_CLAIM = "Generic environmental claim (banned in the EU from 27 September 2026); name the fact, e.g. 100 % recycled polyamide.";
const HEALTH_CLAIM = "We make clothing, not medicine: no health claims.";

export const NORDLICHT_BRAND_RULES: BrandRules = {
  // Terms match whole words with inflections ("garantiert" also "garantierte"), not compounds:
  // "Garantie" stays allowed because the warranty is a real, defined promise.
  bannedTerms: [
    { term: "garantiert", reason: ABSOLUTE_PROMISE },
    { term: "guaranteed", reason: ABSOLUTE_PROMISE },
    { term: "unzerstörbar", reason: NOTHING_INDESTRUCTIBLE },
    { term: "unverwüstlich", reason: NOTHING_INDESTRUCTIBLE },
    { term: "indestructible", reason: NOTHING_INDESTRUCTIBLE },
    { term: "beste der Welt", reason: UNPROVEN_SUPERLATIVE },
    { term: "best in the world", reason: UNPROVEN_SUPERLATIVE },
    { term: "weltbeste", reason: UNPROVEN_SUPERLATIVE },
    { term: "Testsieger", reason: UNPROVEN_SUPERLATIVE },
    { term: "umweltfreundlich", reason: GENERIC_GREEN_CLAIM },
    { term: "eco-friendly", reason: GENERIC_GREEN_CLAIM },
    { term: "klimaneutral", reason: GENERIC_GREEN_CLAIM },
    { term: "climate neutral", reason: GENERIC_GREEN_CLAIM },
    { term: "heilt", reason: HEALTH_CLAIM },
    { term: "heal", reason: HEALTH_CLAIM },
    { term: "cure", reason: HEALTH_CLAIM },
  ],
  // Warnings, not errors: each has an acceptable use, but the brand prefers the other word.
  preferredTerms: [
    { avoid: "billig", use: "preiswert" },
    { avoid: "cheap", use: "good value" },
    { avoid: "Schnäppchen", use: "Angebot" },
    { avoid: "Outdoor-Abenteuer", use: "Tour" },
    { avoid: "epic adventure", use: "trip" },
    // The rule passes text that already says "Kundinnen und Kunden".
    { avoid: "Kunden", use: "Kundinnen und Kunden" },
    { avoid: "nachhaltig", use: "a concrete fact, e.g. aus 100 % recyceltem Polyamid" },
    { avoid: "sustainable", use: "a concrete fact, e.g. made from 100 % recycled polyamide" },
  ],
  // Every Meta ad runs for consumers in Germany, where prices shown to consumers must include VAT
  // (PAngV). Brand rules have no language, so English Meta ads would need the German line too:
  // the demo's Meta briefs are German for that reason.
  requiredDisclaimers: [
    { channel: "meta-ad", language: "de", text: "Preise inkl. MwSt." },
    { channel: "meta-ad", language: "en", text: "Prices incl. VAT." },
  ],
  // What the social posts may tag: the brand and the activities and materials it writes about.
  // No #Nachhaltigkeit / #Sustainability: the same generic claim the terms above keep out of copy.
  hashtags: ["Nordlicht", "Wandern", "Hiking", "Trekking", "Hardshell", "Windjacke", "Merino", "Recycling", "Reparieren", "Repair"],
  toneNotes:
    "Calm, precise, understated; facts before adjectives. German copy uses \"du\". Say \"wasserdicht\"/\"waterproof\" only next to the water column (20.000 mm); otherwise \"wetterfest\"/\"weatherproof\". No exclamation mark in headlines, no emoji, no words in capitals. Never invent a discount, a deadline or a stock shortage.",
};
