/**
 * A campaign offer as the copy may state it: the grounded facts of one `campaign_offers` row.
 * Code, value and end date come from here, never from a model or the brief's wording.
 */
export type GroundedOffer = {
  code: string;
  /** As the copy states it: "15 %", "20 €", "free shipping". */
  value: string;
  conditions: string;
  /** ISO date (YYYY-MM-DD), the last day the offer holds. */
  validUntil: string;
};

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];

function parts(isoDate: string): { year: string; month: number; day: number } {
  return { year: isoDate.slice(0, 4), month: Number(isoDate.slice(5, 7)), day: Number(isoDate.slice(8, 10)) };
}

/**
 * The end date in the asset's language and the form its readers expect: "31.05.2027" in German
 * copy, "31 May 2027" in English. Written from the ISO date, so it never depends on the server's
 * locale or time zone.
 */
export function formatOfferDate(isoDate: string, language: "de" | "en"): string {
  const { year, month, day } = parts(isoDate);
  if (language === "de") return `${String(day).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * Every spelling of the offer's facts copy may use, for the local writers' grounding gate and the
 * omission notes: the code, value and conditions as stored, and the end date in the usual forms of
 * both languages (a hosted model may write "31. Mai 2027" where the local writer writes "31.05.2027").
 * The validator is stricter about where they may stand (lib/assets/validate/offer-grounding.ts).
 */
export function offerFactTexts(offer: GroundedOffer): string[] {
  const { year, month, day } = parts(offer.validUntil);
  const dates = [
    offer.validUntil,
    formatOfferDate(offer.validUntil, "de"),
    formatOfferDate(offer.validUntil, "en"),
    `${day}. ${MONTHS_DE[month - 1]} ${year}`,
    `${MONTHS_EN[month - 1]} ${day}, ${year}`,
  ];
  return [offer.code, offer.value, offer.conditions, ...dates].filter((text) => text.trim() !== "");
}
