import type { PiiFinding, Recognizer } from "../types";

const MONTHS = String.raw`(?:jan(?:uar|uary)?|jän(?:ner)?|feb(?:ruar|ruary)?|mär(?:z)?|mar(?:ch)?|apr(?:il)?|mai|may|jun[ie]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|dez(?:ember)?|dec(?:ember)?)\.?`;
// 12.03.1985, 12.3.85, 12/03/1985, 03/12/1985, 1985-03-12, 12. März 1985, 12 March 1985, March 12, 1985, 12th March 1985.
const DATE = new RegExp(
  [
    String.raw`\d{1,2}\s?[./-]\s?\d{1,2}\s?[./-]\s?(?:\d{4}|\d{2})`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    String.raw`\d{1,2}(?:\.|st|nd|rd|th)?\s+(?:of\s+)?${MONTHS}\s+\d{2,4}`,
    String.raw`${MONTHS}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}`,
  ].join("|"),
  "giu",
);
// A birth context right before the date (within a few words): "geboren am", "geb.", "*", "born on", "DOB:".
const BIRTH_CONTEXT = /(geboren|geb\.|geburtsdatum|geburtstag|geburtsjahr|born|birth|birthday|\bdob\b|d\.o\.b|date of birth|\bbday\b|\*)\.?[^.;\n]{0,25}$/i;
// Dates that are about something else: campaign periods, validity, orders, delivery.
const OTHER_CONTEXT = /(gültig|valid|bis|until|ab\b|from|bestell|order|liefer|deliver|versand|ship|kampagne|campaign|aktion|launch|start|ende|end\b|frist|deadline|rechnung|invoice|stand|as of)[^.;\n]{0,12}$/i;

/** Dates of birth: a date only counts when a birth word stands right before it, never any date. */
export const dateOfBirthRecognizer: Recognizer = {
  name: "date-of-birth",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const match of text.matchAll(DATE)) {
      const lead = text.slice(Math.max(0, match.index - 40), match.index);
      if (!BIRTH_CONTEXT.test(lead)) continue;
      // The nearest context wins: "geboren … gültig bis 31.12.2026" is a validity date.
      const birthAt = lead.search(BIRTH_CONTEXT);
      const otherAt = lead.search(OTHER_CONTEXT);
      if (otherAt > birthAt) continue;
      findings.push({ type: "DATE_OF_BIRTH", start: match.index, end: match.index + match[0].length, score: 0.95, recognizer: "date-of-birth" });
    }
    return findings;
  },
};
