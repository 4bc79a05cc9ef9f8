import { findNumbers, type CountryCode } from "libphonenumber-js/max";
import { digitsOf, hasContextBefore, isNonPersonalNumber } from "../context";
import type { PiiFinding, Recognizer } from "../types";

const COUNTRIES: CountryCode[] = ["DE", "AT", "CH", "GB", "US"];
const CONTEXT = /(tel\b|tel\.|telefon|phone|fon\b|mobil|handy|cell|fax|whatsapp|signal|anruf|ruf\b|ruf an|call|text me|sms|erreichbar|reach|durchwahl|hotline|nummer|number)/i;
// What a person writes when they write a phone number: an international prefix, a trunk "0", a
// bracketed area code, or the US 3-3-4 grouping; then digits with spaces, slashes, dashes, dots
// or brackets. Found cheaply first; libphonenumber-js then decides.
const CANDIDATE = /(?<![\p{L}\d_.,/+-])(?:\+\s?\d|00\s?[1-9]|\(\s*\+?\d|0[1-9]|\d{3}[ .-]\d{3}[ .-]\d{4})(?:[\d()]|[ \u00a0./-](?=[\d(])|\s?\/\s?(?=\d)){0,24}/gu;
// A date or time written with separators is not a phone number ("01.02.2024", "2024-03-01").
const DATE_LIKE = /^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$/;

/**
 * Phone numbers of the countries the product serves, checked by libphonenumber-js in every
 * national format ("030 / 123 45 67", "(030) 1234567", "+49 30 1234567", "0151-1234567",
 * "020 7946 0958", "(212) 555-0123"). The library alone reads any digit run as a German number,
 * so a candidate must first look like one written by a person (see CANDIDATE), and a bare US
 * 3-3-4 group needs a phone word before it.
 */
export const phoneRecognizer: Recognizer = {
  name: "phone",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const candidate of text.matchAll(CANDIDATE)) {
      const raw = candidate[0];
      const digits = digitsOf(raw);
      if (digits.length < 7 || digits.length > 15 || DATE_LIKE.test(raw.trim())) continue;
      if (isNonPersonalNumber(text, candidate.index)) continue;
      const next = text[candidate.index + raw.length] ?? " ";
      if (/[\p{L}_]/u.test(next) || (/[.,]/.test(next) && /\d/.test(text[candidate.index + raw.length + 1] ?? ""))) continue;
      const hasContext = hasContextBefore(text, candidate.index, CONTEXT, 30);
      if (/^\d{3}[ .-]\d{3}[ .-]\d{4}$/.test(raw) && !hasContext) continue;
      for (const country of COUNTRIES) {
        const numbers = findNumbers(raw, { defaultCountry: country, v2: true, leniency: "POSSIBLE" } as never) as unknown as { startsAt: number; endsAt: number }[];
        const number = numbers.find((n) => n.startsAt <= 1 && n.endsAt - n.startsAt >= raw.length - 2);
        if (!number) continue;
        findings.push({ type: "PHONE", start: candidate.index + number.startsAt, end: candidate.index + number.endsAt, score: hasContext ? 0.95 : 0.8, recognizer: "phone" });
        break;
      }
    }
    return findings;
  },
};
