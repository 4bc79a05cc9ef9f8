import { digitsOf, hasContextBefore, isNonPersonalNumber } from "../context";
import type { PiiFinding, PiiType, Recognizer } from "../types";

/** German tax id (Steuer-IdNr.): 11 digits, no leading 0, check digit by ISO 7064 MOD 11,10. */
export function isValidSteuerId(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  // In the first ten digits exactly one digit repeats (twice or three times).
  const counts = new Map<string, number>();
  for (const d of digits.slice(0, 10)) counts.set(d, (counts.get(d) ?? 0) + 1);
  const repeated = [...counts.values()].filter((n) => n > 1);
  if (repeated.length !== 1 || repeated[0]! > 3) return false;
  let product = 10;
  for (const d of digits.slice(0, 10)) {
    let sum = (Number(d) + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = (11 - product) % 10;
  return check === Number(digits[10]);
}

/** German pension insurance number: 2 digits, birth date DDMMYY, a letter, 2 digits, a check digit. */
export function isValidRentenversicherungsnummer(raw: string): boolean {
  const value = raw.replace(/\s/g, "").toUpperCase();
  if (!/^\d{8}[A-Z]\d{3}$/.test(value)) return false;
  const letter = String(value.charCodeAt(8) - 64).padStart(2, "0");
  const digits = value.slice(0, 8) + letter + value.slice(9, 11);
  const weights = [2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1];
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const p = Number(digits[i]) * weights[i]!;
    sum += Math.floor(p / 10) + (p % 10);
  }
  return sum % 10 === Number(value[11]);
}

/** Austrian social insurance number: 3 serial digits, a check digit, birth date DDMMYY. */
export function isValidAustrianSvnr(digits: string): boolean {
  if (!/^\d{10}$/.test(digits) || digits[0] === "0") return false;
  const w = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * w[i]!, 0) % 11;
  return sum !== 10 && sum === Number(digits[3]);
}

/** Swiss AHV number: 756, then 10 digits, EAN-13 check digit. */
export function isValidAhv(digits: string): boolean {
  if (!/^756\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10 === Number(digits[12]);
}

/** UK National Insurance number: two letters (with the excluded prefixes), six digits, A–D. */
export function isValidNino(raw: string): boolean {
  const value = raw.replace(/[\s\u00a0-]/g, "").toUpperCase();
  if (!/^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/.test(value)) return false;
  return !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(value.slice(0, 2));
}

const TAX_CONTEXT = /(steuer-?id|steuerliche identifikationsnummer|steuer-?identifikationsnummer|identifikationsnummer|idnr|steuernummer|st\.?-?nr|tin\b|tax id|tax number|taxpayer|utr\b|unique taxpayer|abgabenkontonummer|steuer)/i;
const SOCIAL_CONTEXT = /(sozialversicherung|versicherungsnummer|rentenversicherung|sv-?nr|sv-?nummer|svnr|rvnr|ahv|avs|national insurance|nino|ni number|ni no|social security|ssn)/i;

type Rule = { pattern: RegExp; type: PiiType; validate: (match: string) => boolean; context: RegExp; scoreWithContext: number; scoreWithout: number | null; /** Score when the check fails but a label names it (people mistype, examples are made up). */ unvalidatedWithContext?: number };

const SEP = String.raw`[\s\u00a0./-]?`;
const RULES: Rule[] = [
  // Steuer-ID: "12 345 678 901", "12345678901", "123/456/78901".
  { pattern: new RegExp(String.raw`(?<![\d.,])\d{2}${SEP}\d{3}${SEP}\d{3}${SEP}\d{3}(?!\d|[.,]\d)`, "g"), type: "TAX_ID", validate: (m) => isValidSteuerId(digitsOf(m)), context: TAX_CONTEXT, scoreWithContext: 1, scoreWithout: 0.6, unvalidatedWithContext: 0.9 },
  // German and Austrian Steuernummer ("12/345/67890", "123/456/78901", "12-345/6789"): only with context.
  { pattern: /(?<![\d.,/])\d{2,3}[/-]\d{3,4}[/-]\d{4,5}(?![\d/])/g, type: "TAX_ID", validate: () => true, context: TAX_CONTEXT, scoreWithContext: 0.9, scoreWithout: null },
  // UK Unique Taxpayer Reference: 10 digits, only with context.
  { pattern: /(?<![\d.,])\d{5}\s?\d{5}(?!\d|[.,]\d)/g, type: "TAX_ID", validate: () => true, context: TAX_CONTEXT, scoreWithContext: 0.9, scoreWithout: null },
  // German pension insurance number: "12 150385 M 12 3", "12150385M123".
  { pattern: /(?<![\p{L}\d])\d{2}\s?\d{6}\s?[A-Za-z]\s?\d{2}\s?\d(?![\p{L}\d])/gu, type: "SOCIAL_SECURITY_ID", validate: (m) => isValidRentenversicherungsnummer(m), context: SOCIAL_CONTEXT, scoreWithContext: 1, scoreWithout: 0.85, unvalidatedWithContext: 0.9 },
  // Austrian SVNR: "1237 010180".
  { pattern: /(?<![\d.,])\d{4}\s?\d{6}(?!\d|[.,]\d)/g, type: "SOCIAL_SECURITY_ID", validate: (m) => isValidAustrianSvnr(digitsOf(m)), context: SOCIAL_CONTEXT, scoreWithContext: 1, scoreWithout: 0.45 },
  // Swiss AHV: "756.1234.5678.97".
  { pattern: /(?<![\d.])756[.\s]?\d{4}[.\s]?\d{4}[.\s]?\d{2}(?![\d])/g, type: "SOCIAL_SECURITY_ID", validate: (m) => isValidAhv(digitsOf(m)), context: SOCIAL_CONTEXT, scoreWithContext: 1, scoreWithout: 0.95 },
  // UK NINO: "QQ 12 34 56 C".
  { pattern: /(?<![\p{L}\d])[A-Za-z]{2}[\s\u00a0]?\d{2}[\s\u00a0]?\d{2}[\s\u00a0]?\d{2}[\s\u00a0]?[A-Da-d](?![\p{L}\d])/gu, type: "SOCIAL_SECURITY_ID", validate: (m) => isValidNino(m), context: SOCIAL_CONTEXT, scoreWithContext: 1, scoreWithout: 0.8, unvalidatedWithContext: 0.9 },
  // US SSN: "123-45-6789", only with context.
  { pattern: /(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])/g, type: "SOCIAL_SECURITY_ID", validate: (m) => !/^(000|666|9)/.test(m), context: SOCIAL_CONTEXT, scoreWithContext: 0.95, scoreWithout: null },
];

/** Tax and social-security ids of DE, AT, CH, UK (and US SSNs with context), each with its check digit where one exists. */
export const nationalIdRecognizer: Recognizer = {
  name: "national-id",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const rule of RULES) {
      for (const match of text.matchAll(rule.pattern)) {
        if (isNonPersonalNumber(text, match.index)) continue;
        const hasContext = hasContextBefore(text, match.index, rule.context, 45);
        const isValid = rule.validate(match[0]);
        if (!isValid && !(hasContext && rule.unvalidatedWithContext)) continue;
        const score = !isValid ? rule.unvalidatedWithContext! : hasContext ? rule.scoreWithContext : rule.scoreWithout;
        if (score === null) continue;
        findings.push({ type: rule.type, start: match.index, end: match.index + match[0].length, score, recognizer: "national-id" });
      }
    }
    return findings;
  },
};
