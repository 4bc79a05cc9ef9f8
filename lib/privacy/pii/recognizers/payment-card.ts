import { digitsOf, hasContextBefore, isNonPersonalNumber } from "../context";
import type { PiiFinding, Recognizer } from "../types";

// 13–19 digits in groups separated by spaces, no-break spaces, dashes or dots.
const CANDIDATE = /(?<![\d.,])\d(?:[\s\u00a0\u202f.-]?\d){12,18}(?!\d|[.,]\d)/g;
const CONTEXT = /(karte|kreditkarte|card|visa|mastercard|amex|american express|maestro|cc|zahlung|payment|kartennummer)/i;

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** GTIN/EAN check digit (weights 1/3 from the right): a barcode that passes it is a product code. */
export function isValidGtin(digits: string): boolean {
  if (![8, 12, 13, 14].includes(digits.length)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length - 1; i++) sum += Number(digits[digits.length - 2 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}

/** Issuer prefixes and lengths of the card networks (a Luhn-valid number with no network is not a card). */
function hasCardIssuer(digits: string): boolean {
  const n = digits.length;
  const p2 = Number(digits.slice(0, 2));
  const p4 = Number(digits.slice(0, 4));
  if (digits[0] === "4") return n === 16 || n === 19 || n === 13;
  if ((p2 >= 51 && p2 <= 55) || (p4 >= 2221 && p4 <= 2720)) return n === 16;
  if (p2 === 34 || p2 === 37) return n === 15;
  if (digits.startsWith("6011") || p2 === 65 || (p4 >= 6440 && p4 <= 6499)) return n >= 16;
  if (p4 >= 3528 && p4 <= 3589) return n >= 16;
  if (p2 === 36 || p2 === 38 || (p4 >= 3000 && p4 <= 3059)) return n >= 14;
  if (p2 === 50 || (p2 >= 56 && p2 <= 69)) return n >= 12; // Maestro, girocard co-badges
  if (p2 === 62) return n >= 16; // UnionPay
  return false;
}

export const paymentCardRecognizer: Recognizer = {
  name: "payment-card",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const match of text.matchAll(CANDIDATE)) {
      const digits = digitsOf(match[0]);
      if (digits.length < 13 || !passesLuhn(digits) || !hasCardIssuer(digits)) continue;
      if (isNonPersonalNumber(text, match.index)) continue;
      const hasContext = hasContextBefore(text, match.index, CONTEXT, 50);
      // German GTINs start 40–44: a 13-digit number that is a valid barcode is a product code.
      if (isValidGtin(digits) && !hasContext) continue;
      findings.push({ type: "CARD", start: match.index, end: match.index + match[0].length, score: hasContext ? 1 : 0.85, recognizer: "payment-card" });
    }
    return findings;
  },
};
