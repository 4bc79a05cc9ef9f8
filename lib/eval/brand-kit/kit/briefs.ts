import type { AssetKind } from "@/lib/assets/schemas/asset-kind";
import type { KitLanguage } from "./kit-rules";

/*
 * SYNTHETIC (see site.ts). Briefs a Spurwerk marketer would write, one asset kind each, with what a
 * reviewer would demand beyond the brand rules. Every brief is answerable from the kit's sources;
 * the two that ask for something the rules forbid or the sources do not have expect an omission note.
 */
export type KitBrief = {
  id: string;
  /** A feed id (KIT_PRODUCTS), or null for a topic brief. */
  productId: string | null;
  topic: string;
  audience: string;
  goal: string;
  kind: AssetKind;
  language: KitLanguage;
  tone: string;
  keywords: string[];
  /** Facts the copy must state: each entry passes when one of its forms appears. */
  requiredFacts?: { label: string; anyOf: string[] }[];
  /** The goal names the campaign offer: its code and end date must appear. */
  namesOffer?: boolean;
  /** What the brief asks for that must be left out, and noted as left out. */
  expectedOmissions?: { item: string; mustNotAppear: string[] }[];
};

const TONE_DE = "sachlich, hilfsbereit, Sie-Form; Messwerte statt Lob";
const TONE_EN = "matter-of-fact, helpful; measured values instead of praise";
const TURNAROUND_DE = { label: "turnaround time", anyOf: ["48 Stunden"] };
const TURNAROUND_EN = { label: "turnaround time", anyOf: ["48 hours"] };

export const KIT_BRIEFS: readonly KitBrief[] = [
  {
    id: "de-leuchtfeuer70-seo",
    productId: "SW-L01",
    topic: "Leuchtfeuer 70 Frontlicht für den Pedelec-Alltag",
    audience: "Pendlerinnen und Pendler, die im Winter im Dunkeln fahren",
    goal: "Mehr Besuche auf der Produktseite im Herbst",
    kind: "seo-page",
    language: "de",
    tone: TONE_DE,
    keywords: ["frontlicht pedelec", "fahrradlicht stvzo", "pedelec licht"],
  },
  {
    id: "de-leuchtfeuer70-meta",
    productId: "SW-L01",
    topic: "Leuchtfeuer 70 Frontlicht",
    audience: "Pedelec-Pendlerinnen und -Pendler in Leipzig",
    goal: "Mehr Käufe des Frontlichts vor der dunklen Jahreszeit",
    kind: "meta-ad",
    language: "de",
    tone: TONE_DE,
    keywords: ["frontlicht pedelec"],
  },
  {
    id: "en-leuchtfeuer70-rsa",
    productId: "SW-L01-EN",
    topic: "Leuchtfeuer 70 front light for e-bikes",
    audience: "Commuters who ride e-bikes in the dark",
    goal: "More online sales of the front light in autumn",
    kind: "google-rsa",
    language: "en",
    tone: TONE_EN,
    keywords: ["e-bike front light", "e-bike light"],
  },
  {
    id: "de-ausdauer625-rsa",
    productId: "SW-A02",
    topic: "Ausdauer 625 Pedelec-Akku für lange Touren",
    audience: "Pedelec-Fahrerinnen und -Fahrer mit Tagestouren",
    goal: "Mehr Käufe des Ersatzakkus",
    kind: "google-rsa",
    language: "de",
    tone: TONE_DE,
    keywords: ["pedelec akku 625 wh", "ersatzakku pedelec"],
  },
  {
    id: "en-ausdauer500-meta",
    productId: "SW-A01-EN",
    topic: "Ausdauer 500 e-bike battery",
    audience: "E-bike riders whose battery has lost range",
    goal: "More sales of the replacement battery",
    kind: "meta-ad",
    language: "en",
    tone: TONE_EN,
    keywords: ["e-bike battery"],
  },
  {
    id: "de-riegel90-linkedin",
    productId: "SW-S01",
    topic: "Riegel 90 Bügelschloss für Dienstrad-Flotten",
    audience: "Fuhrparkverantwortliche in Unternehmen mit Diensträdern",
    goal: "Das Schloss als diebstahlsicher bewerben und Anfragen von Firmen gewinnen",
    kind: "linkedin-ad",
    language: "de",
    tone: TONE_DE,
    keywords: ["bügelschloss dienstrad"],
    expectedOmissions: [{ item: "diebstahlsicher", mustNotAppear: ["diebstahlsicher"] }],
  },
  {
    id: "en-pendel20-seo",
    productId: "SW-T01-EN",
    topic: "Pendel 20 pannier for the commute",
    audience: "Riders who carry a laptop and clothes to work",
    goal: "More visits to the product page",
    kind: "seo-page",
    language: "en",
    tone: TONE_EN,
    keywords: ["waterproof pannier", "commuter pannier", "e-bike pannier"],
  },
  {
    id: "de-kopfsache-meta",
    productId: "SW-H01",
    topic: "Kopfsache Stadthelm mit Rücklicht",
    audience: "Stadtfahrerinnen und Stadtfahrer zwischen 25 und 50",
    goal: "Mehr Käufe des Stadthelms",
    kind: "meta-ad",
    language: "de",
    tone: TONE_DE,
    keywords: ["stadthelm rücklicht"],
  },
  {
    id: "en-kopfsache-linkedin",
    productId: "SW-H01-EN",
    topic: "Kopfsache city helmet for company bike schemes",
    audience: "HR managers who run a company bike scheme",
    goal: "Enquiries from companies for helmets for their staff",
    kind: "linkedin-ad",
    language: "en",
    tone: TONE_EN,
    keywords: ["city helmet"],
  },
  {
    id: "de-inspektion-rsa",
    productId: null,
    topic: "Pedelec-Inspektion in unserer Werkstatt in Leipzig",
    audience: "Pedelec-Besitzerinnen und -Besitzer in Leipzig",
    goal: "Mehr Terminbuchungen für die Inspektion",
    kind: "google-rsa",
    language: "de",
    tone: TONE_DE,
    keywords: ["pedelec inspektion leipzig", "pedelec werkstatt leipzig"],
    requiredFacts: [TURNAROUND_DE],
  },
  {
    id: "en-inspection-linkedin",
    productId: null,
    topic: "E-bike inspection at our Leipzig workshop",
    audience: "Fleet managers of companies with e-bikes in Leipzig",
    goal: "Inspection bookings for company e-bikes",
    kind: "linkedin-ad",
    language: "en",
    tone: TONE_EN,
    keywords: ["e-bike inspection leipzig"],
    requiredFacts: [TURNAROUND_EN],
  },
  {
    id: "de-lichtaktion-meta",
    productId: null,
    topic: "Herbst-Lichtaktion: Frontlichter für Pedelecs",
    audience: "Pedelec-Pendlerinnen und -Pendler",
    goal: "Die Herbst-Lichtaktion mit 20 % Rabatt und dem Code LICHT20 bis zum 30.11.2026 bekannt machen",
    kind: "meta-ad",
    language: "de",
    tone: TONE_DE,
    keywords: ["frontlicht rabatt"],
    namesOffer: true,
  },
  {
    id: "en-light-offer-rsa",
    productId: null,
    topic: "Autumn light offer: front lights for e-bikes",
    audience: "E-bike commuters",
    goal: "Promote the autumn light offer: 20% off front lights with the code LICHT20 until 30 November 2026",
    kind: "google-rsa",
    language: "en",
    tone: TONE_EN,
    keywords: ["e-bike front light offer"],
    namesOffer: true,
  },
  {
    id: "en-leuchtfeuer120-meta-superlative",
    productId: "SW-L02-EN",
    topic: "Leuchtfeuer 120 front light for unlit paths",
    audience: "E-bike riders who commute on unlit paths",
    goal: "Call it the best front light on the market and sell more of it",
    kind: "meta-ad",
    language: "en",
    tone: TONE_EN,
    keywords: ["bright e-bike light"],
    expectedOmissions: [{ item: "best on the market", mustNotAppear: ["best front light on the market", "best on the market"] }],
  },
  {
    id: "de-unknown-code-linkedin",
    productId: "SW-T01",
    topic: "Pendel 20 Gepäckträgertasche für den Arbeitsweg",
    audience: "Pendlerinnen und Pendler in Unternehmen",
    goal: "Den Rabattcode GRATIS50 für die Pendel 20 bewerben",
    kind: "linkedin-ad",
    language: "de",
    tone: TONE_DE,
    keywords: ["gepäckträgertasche"],
    expectedOmissions: [{ item: "GRATIS50", mustNotAppear: ["GRATIS50"] }],
  },
  {
    id: "de-akku-winter-seo",
    productId: null,
    topic: "Pedelec-Akku im Winter lagern",
    audience: "Pedelec-Besitzerinnen und -Besitzer, die im Winter pausieren",
    goal: "Mehr Besuche auf dem Ratgeber und Buchungen des Akku-Checks",
    kind: "seo-page",
    language: "de",
    tone: TONE_DE,
    keywords: ["pedelec akku winter", "akku lagern winter", "pedelec akku lagern"],
  },
  {
    id: "en-winter-lights-seo",
    productId: null,
    topic: "Lights for winter commuting by e-bike",
    audience: "Riders who commute by e-bike through the winter",
    goal: "More visits to the guide and to the front lights",
    kind: "seo-page",
    language: "en",
    tone: TONE_EN,
    keywords: ["e-bike lights winter", "commuting lights", "e-bike front light"],
  },
  {
    id: "de-faltwerk-rsa",
    productId: "SW-S02",
    topic: "Faltwerk Faltschloss",
    audience: "Pedelec-Fahrerinnen und -Fahrer, die in der Stadt parken",
    goal: "Mehr Käufe des Faltschlosses",
    kind: "google-rsa",
    language: "de",
    tone: TONE_DE,
    keywords: ["faltschloss pedelec"],
  },
  {
    id: "de-leuchtfeuer70-feed",
    productId: "SW-L01",
    topic: "Leuchtfeuer 70 Frontlicht",
    audience: "Pedelec-Pendlerinnen und -Pendler, die in Google Shopping vergleichen",
    goal: "Bessere Produkttexte im Merchant Center für das Frontlicht",
    kind: "merchant-feed",
    language: "de",
    tone: TONE_DE,
    keywords: ["frontlicht pedelec"],
  },
  {
    id: "en-pendel20-feed",
    productId: "SW-T01-EN",
    topic: "Pendel 20 pannier",
    audience: "Commuters comparing panniers in Google Shopping",
    goal: "Better product texts in Merchant Center for the pannier",
    kind: "merchant-feed",
    language: "en",
    tone: TONE_EN,
    keywords: ["commuter pannier"],
  },
];
