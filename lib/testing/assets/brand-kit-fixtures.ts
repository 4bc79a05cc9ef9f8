/*
 * Passages of a brand kit as a customer uploads it, for the writer tests: guide-like text whose
 * title does not say "style guide" (so only the sentence classifier can keep it out of copy),
 * campaign notes with an offer code and notes to writers, and a service policy with its key fact.
 * The META_TEXT list holds every sentence that must never appear in copy.
 */
import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import type { FixtureLanguage } from "./writer-fixtures";

export const OFFER_CODE = { en: "AUTUMN15", de: "HERBST15" } as const;

/** Guide text, campaign notes and labels in both languages: none of it is copy. */
export const META_TEXT: Record<FixtureLanguage, string[]> = {
  en: [
    "Product names stay as they are",
    "Instead, state the measured value",
    "No new claims for this campaign",
    "colour: Fjord blue",
    "Autumn weather changes fast",
    "Preferred terms",
    "We write backpack, not rucksack",
    "Never call the jacket cheap",
  ],
  de: [
    "Produktnamen bleiben so",
    "Stattdessen den Wert nennen",
    "Keine neuen Aussagen für diese Kampagne",
    "Farbe: Fjordblau",
    "Das Herbstwetter wechselt schnell",
    "Bevorzugte Begriffe",
    "Wir schreiben Rucksack, nicht Backpack",
    "Die Jacke nie billig nennen",
  ],
};

/** Titled like an ordinary document: nothing but its sentences says it is a guide. */
export function guideLikeChunk(language: FixtureLanguage): QuotedSource {
  const text =
    language === "en"
      ? "## 3. Preferred terms\n- Product names stay as they are.\n- We write backpack, not rucksack.\n- Never call the jacket cheap.\n## 4. Numbers\nInstead, state the measured value.\n- colour: Fjord blue"
      : "## 3. Bevorzugte Begriffe\n- Produktnamen bleiben so.\n- Wir schreiben Rucksack, nicht Backpack.\n- Die Jacke nie billig nennen.\n## 4. Zahlen\nStattdessen den Wert nennen.\n- Farbe: Fjordblau";
  return { id: `chk_kit_${language}`, title: language === "en" ? "brand-kit" : "marken-kit", version: 1, section: null, url: null, text };
}

/** Campaign notes: the offer (code, value, end date) beside notes to writers and a bilingual line. */
export function campaignChunk(language: FixtureLanguage): QuotedSource {
  const text =
    language === "en"
      ? `EN: Autumn weather changes fast.\nNo new claims for this campaign.\nWith code ${OFFER_CODE.en} you save 15 % on all hardshells until 31 October.`
      : `DE: Das Herbstwetter wechselt schnell.\nKeine neuen Aussagen für diese Kampagne.\nMit dem Code ${OFFER_CODE.de} sparst du bis 31. Oktober 15 % auf alle Hardshells.`;
  return { id: `chk_campaign_${language}`, title: "campaign-notes", version: 1, section: null, url: null, text };
}

/** A service policy whose key fact (the turnaround) a topic brief about repairs must state. */
export function repairPolicyChunk(language: FixtureLanguage): QuotedSource {
  const text =
    language === "en"
      ? "We repair every Nordlicht jacket, whatever its age. A repair takes ten working days from the day your jacket arrives. Shipping to our workshop is free within the EU."
      : "Wir reparieren jede Nordlicht-Jacke, egal wie alt sie ist. Eine Reparatur dauert zehn Werktage ab Eingang der Jacke. Der Versand in unsere Werkstatt ist innerhalb der EU kostenlos.";
  return { id: `chk_repair_${language}`, title: "policies", version: 1, section: null, url: null, text };
}
