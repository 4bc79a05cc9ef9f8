import type { PiiFinding, Recognizer } from "../types";

// Lengths per country (ISO 13616) for the countries the product's customers bank in; others
// need 15–34 characters and the checksum.
const LENGTHS: Record<string, number> = { DE: 22, AT: 20, CH: 21, LI: 21, GB: 22, FR: 27, NL: 18, BE: 16, LU: 20, IT: 27, ES: 24, PL: 28, DK: 18, SE: 24, NO: 15, FI: 18, IE: 22, PT: 25, CZ: 24 };

// Two letters, two digits, then groups of letters/digits separated by nothing, spaces (any,
// including no-break spaces) or dashes. Case-insensitive: "de89 3704 …" is an IBAN too.
const CANDIDATE = /(?<![\p{L}\p{N}])[a-z]{2}[\s\u00a0\u202f-]?\d{2}(?:[\s\u00a0\u202f-]?[a-z0-9]){11,30}/giu;

/** ISO 7064 mod 97-10 over the rearranged IBAN. */
export function isValidIban(raw: string): boolean {
  const iban = raw.replace(/[\s\u00a0\u202f-]/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  // Only countries with a known length, and a BBAN that is mostly digits: words that happen to
  // pass mod 97 ("In 2025 our Hamburg workshop…") are not IBANs.
  const expected = LENGTHS[iban.slice(0, 2)];
  if (expected === undefined || iban.length !== expected) return false;
  if (iban.slice(4).replace(/\D/g, "").length < (iban.length - 4) / 2) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

export const ibanRecognizer: Recognizer = {
  name: "iban",
  analyze(text) {
    const findings: PiiFinding[] = [];
    const pattern = new RegExp(CANDIDATE.source, CANDIDATE.flags);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      // The greedy match may swallow a following word (or IBAN); shrink from the right until
      // valid, and continue after what was found.
      let candidate = match[0];
      let found = false;
      while (candidate.length >= 15) {
        if (isValidIban(candidate)) {
          findings.push({ type: "IBAN", start: match.index, end: match.index + candidate.length, score: 1, recognizer: "iban" });
          pattern.lastIndex = match.index + candidate.length;
          found = true;
          break;
        }
        candidate = candidate.slice(0, -1).replace(/[\s\u00a0\u202f-]+$/, "");
      }
      if (!found) pattern.lastIndex = match.index + 1;
    }
    return findings;
  },
};
