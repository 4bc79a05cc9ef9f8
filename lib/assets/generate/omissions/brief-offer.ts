/*
 * The offer a brief's goal names ("15 % off with code AUTUMN15 until 31 October", "Herbstaktion:
 * 15 % Rabatt mit dem Code HERBST15 bis 31.10."), and where the sources state the same offer.
 * The goal is the marketer's wish, not a fact: each part is used only when a source states it.
 */

export type OfferDate = { day: number; month: number; text: string };

export type BriefOffer = {
  /** The discount code, as typed ("AUTUMN15"). */
  code: string | null;
  /** The discount value as typed ("15 %", "€10"). */
  value: string | null;
  endDate: OfferDate | null;
};

// The keyword is matched in any case, the code itself only in capitals and digits (never "until").
const CODE = /(?:\b[Cc]ode|\bCODE|\b[Cc]oupon|\b[Vv]oucher|\b[Pp]romo(?:code)?|[Rr]abattcode|[Gg]utschein(?:code)?|[Aa]ktionscode)(?:\s+(?:der|die|das|dem|den|the|is|lautet|ist))?\s*[:=]?\s*[„"'“‘]?([A-Z0-9][A-Z0-9_-]{2,})\b/u;
const PERCENT = /\d{1,3}(?:[.,]\d{1,2})?\s?%/u;
const MONEY = /(?:[€$£]\s?\d{1,5}(?:[.,]\d{1,2})?|\d{1,5}(?:[.,]\d{1,2})?\s?(?:€|EUR|USD|GBP|CHF)\b)/u;

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, januar: 1, jänner: 1, february: 2, feb: 2, februar: 2, march: 3, mar: 3, märz: 3, april: 4, apr: 4,
  may: 5, mai: 5, june: 6, jun: 6, juni: 6, july: 7, jul: 7, juli: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9,
  october: 10, oct: 10, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12, dezember: 12, dez: 12,
};
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
// "31.10.", "31.10.2026", "31 October", "31. Oktober 2026", "October 31", "Oct 31, 2026".
// Capture groups: day, month, year of each of the three forms (the year is optional in all).
const DATE = new RegExp(
  `\\b(?:(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2}))?|(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(${MONTH_NAMES})\\.?(?:\\s+(\\d{4}))?|(${MONTH_NAMES})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)(?![\\p{L}\\d])`,
  "giu",
);
const END_WORD = /\b(?:until|till|through|thru|ends?|ending|expires?|valid (?:until|through)|bis(?: zum| einschließlich)?|endet(?: am)?|gültig bis|läuft bis)\s*$/i;

/** A date as a text writes it, with its year when one is written ("31.05." has none) and where it stands. */
export type DateMention = OfferDate & { year: number | null; index: number; end: number };

/** Every date in a text with its year and position: grounding compares whole dates, not just day and month. */
export function findDateMentions(text: string): DateMention[] {
  const dates: DateMention[] = [];
  for (const match of text.matchAll(DATE)) {
    const [whole, numDay, numMonth, numYear, nameDay, nameMonth, nameYear, leadMonth, leadDay, leadYear] = match;
    const day = Number(numDay ?? nameDay ?? leadDay);
    const month = numMonth ? Number(numMonth) : MONTHS[(nameMonth ?? leadMonth ?? "").toLocaleLowerCase("de")];
    if (!month || month > 12 || day < 1 || day > 31) continue;
    const yearText = numYear ?? nameYear ?? leadYear;
    // "31.05.27": a two-digit year is this century's.
    const year = yearText === undefined ? null : yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    const trimmed = whole.trimEnd();
    dates.push({ day, month, text: trimmed.trim(), year, index: match.index, end: match.index + trimmed.length });
  }
  return dates;
}

/** Every date in a text, with day and month for comparison and its surface form for copy. */
export function findDates(text: string): OfferDate[] {
  return findDateMentions(text).map(({ day, month, text: surface }) => ({ day, month, text: surface }));
}

/** The end date: a date right after "until"/"bis", else none (a goal's other dates are not the offer's end). */
function endDateOf(goal: string): OfferDate | null {
  for (const match of goal.matchAll(DATE)) {
    if (END_WORD.test(goal.slice(0, match.index))) return findDates(match[0])[0] ?? null;
  }
  return null;
}

export function readBriefOffer(goal: string): BriefOffer {
  const code = CODE.exec(goal)?.[1] ?? null;
  // A code needs at least one letter: "Code 2026" names a year, not a code.
  const validCode = code && /\p{L}/u.test(code) ? code : null;
  const value = PERCENT.exec(goal)?.[0] ?? MONEY.exec(goal)?.[0] ?? null;
  return { code: validCode, value: value ? value.trim() : null, endDate: endDateOf(goal) };
}

/**
 * Every discount code a text introduces as one ("code AUTUMN15", "mit dem Code HERBST15",
 * "Gutschein: LICHT20"), as written. A code needs a letter: "Code 2026" names a year.
 */
export function findStatedCodes(text: string): string[] {
  const codes = [...text.matchAll(new RegExp(CODE.source, "gu"))].map((match) => match[1] ?? "");
  return [...new Set(codes.filter((code) => /\p{L}/u.test(code)))];
}

export function hasOffer(offer: BriefOffer): boolean {
  return offer.code !== null || offer.value !== null || offer.endDate !== null;
}

/** The code as a whole word of the text, exactly as written (codes are case-sensitive at checkout). */
export function statesCode(text: string, code: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}_-])${code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}_-])`, "u").test(text);
}

/** The value's number with its unit, in any spacing and decimal mark ("15 %" matches "15%"). */
export function statesValue(text: string, value: string): boolean {
  const number = /\d+(?:[.,]\d+)?/.exec(value)?.[0];
  if (!number) return false;
  const digits = number.replace(/[.,]/g, "[.,]");
  const unit = /%/.test(value) ? "\\s?%" : "";
  return new RegExp(`(?<![\\d.,])${digits}(?![\\d])${unit}`, "u").test(text);
}

export function statesDate(text: string, date: OfferDate): OfferDate | null {
  return findDates(text).find((found) => found.day === date.day && found.month === date.month) ?? null;
}
