import { findDateMentions, statesCode, type DateMention } from "@/lib/assets/generate/omissions/brief-offer";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { extractNumbers, numbersMatch, type ExtractedNumber } from "./numbers";

/*
 * What a campaign's offer lets a text state without a source, and no more. The offer's code is
 * given; its end date only as the whole date (a wrong year is a wrong date); its value's and
 * conditions' numbers only in a sentence that names the offer by its code or its end date, so
 * "15 %" and "50 €" from "15 % off from 50 €" cannot excuse "15 % lighter" or "holds 50 €" elsewhere.
 */

// A token as offer codes are written (OFFER_CODE_PATTERN: capitals, digits, "-", "_") with a letter
// and a digit, at least four long: "PENDELN20", "SPRING-15". Shorter ones are sizes and formats ("3XL", "4K", "A4").
const CODE_LIKE = /(?<![\p{L}\p{N}_-])[A-Z0-9][A-Z0-9_-]{3,}(?![\p{L}\p{N}_-])/gu;

/** Tokens that look like a discount code, whether or not a keyword ("Code", "Gutschein") introduces them. */
export function findCodeLikeTokens(text: string): string[] {
  const tokens = [...text.matchAll(CODE_LIKE)].map((match) => match[0].replace(/[-_]+$/, ""));
  return [...new Set(tokens.filter((token) => /\p{L}/u.test(token) && /\d/.test(token)))];
}

type Span = { start: number; end: number };
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** Dates with their year: the written forms findDateMentions reads, and ISO dates ("2027-05-31"). */
function datesIn(text: string): DateMention[] {
  const iso = [...text.matchAll(ISO_DATE)].map((match) => ({
    day: Number(match[3]),
    month: Number(match[2]),
    year: Number(match[1]),
    text: match[0],
    index: match.index,
    end: match.index + match[0].length,
  }));
  return [...findDateMentions(text), ...iso];
}

function endOf(offer: GroundedOffer): { day: number; month: number; year: number } {
  return { year: Number(offer.validUntil.slice(0, 4)), month: Number(offer.validUntil.slice(5, 7)), day: Number(offer.validUntil.slice(8, 10)) };
}

/**
 * Sentence spans of a text. Dates are masked first, so "31. Mai 2027" and "31.05.2027" never end a
 * sentence. An abbreviation's period ("ca.") may end one too early, which only makes the check stricter.
 */
function sentenceSpans(text: string, dates: readonly Span[]): Span[] {
  let masked = text;
  for (const date of dates) masked = masked.slice(0, date.start) + "0".repeat(date.end - date.start) + masked.slice(date.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of masked.matchAll(/[.!?…]+(?=\s|$)|\n+/g)) {
    const end = match.index + match[0].length;
    spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

export type OfferGrounding = {
  /** Whether the claimed number at this position is given by an offer (its end date, or its value or conditions in a sentence naming it). */
  excuses(number: ExtractedNumber): boolean;
  /** Dates with an offer's end day and month but another year that no cited source states: the offer does not end then. */
  wrongDates: { text: string; offer: GroundedOffer }[];
};

/**
 * How the campaign's offers ground `text` (a field's claimed text). `sourceTexts` are the cited
 * chunks: a date they state whole is theirs to ground, not a wrong end date.
 */
export function offerGrounding(text: string, offers: readonly GroundedOffer[], sourceTexts: readonly string[]): OfferGrounding {
  const dates = datesIn(text);
  const excused: Span[] = [];
  const wrongDates: OfferGrounding["wrongDates"] = [];
  const namingDates = new Map<GroundedOffer, Span[]>();
  const sourceDates = sourceTexts.flatMap((source) => datesIn(source));
  for (const offer of offers) {
    const end = endOf(offer);
    const spans: Span[] = [];
    for (const date of dates) {
      if (date.day !== end.day || date.month !== end.month) continue;
      const span = { start: date.index, end: date.end };
      if (date.year === null || date.year === end.year) {
        spans.push(span);
        excused.push(span);
      } else if (!sourceDates.some((found) => found.day === date.day && found.month === date.month && found.year === date.year)) {
        wrongDates.push({ text: date.text, offer });
        // Reported as a wrong end date, not again as numbers without a source.
        excused.push(span);
      }
    }
    namingDates.set(offer, spans);
  }

  const sentences = sentenceSpans(text, dates.map((date) => ({ start: date.index, end: date.end })));
  for (const offer of offers) {
    const factNumbers = [...extractNumbers(offer.value), ...extractNumbers(offer.conditions)];
    if (factNumbers.length === 0) continue;
    for (const sentence of sentences) {
      const slice = text.slice(sentence.start, sentence.end);
      const names = statesCode(slice, offer.code) || namingDates.get(offer)!.some((span) => span.start >= sentence.start && span.end <= sentence.end);
      if (!names) continue;
      for (const number of extractNumbers(slice)) {
        if (factNumbers.some((fact) => numbersMatch(number, fact))) excused.push({ start: sentence.start + number.index, end: sentence.start + number.index + number.raw.length });
      }
    }
  }

  return {
    excuses: (number) => excused.some((span) => number.index >= span.start && number.index < span.end),
    wrongDates,
  };
}
