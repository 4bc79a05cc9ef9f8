/**
 * Removes personal data a pattern can recognise (emails, phone numbers, IBANs, card numbers)
 * before text leaves for an external model. Names and addresses are not recognisable by pattern:
 * callers that may carry them set `containsUnredactedPersonalData`, which keeps the call on local
 * or self-hosted models.
 */
const PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: "email", pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  { kind: "iban", pattern: /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g },
  { kind: "card", pattern: /\b(?:\d[ -]?){13,19}\b/g },
  { kind: "phone", pattern: /(?:\+|\b00)\d{1,3}[\s/-]?(?:\(?\d{1,5}\)?[\s/-]?){2,5}\d{2,}\b|\b0\d{2,5}[\s/-]?\d{3,}(?:[\s/-]?\d{2,})*\b/g },
];

export function redactPersonalData(text: string): { text: string; redactions: Record<string, number> } {
  const redactions: Record<string, number> = {};
  let result = text;
  for (const { kind, pattern } of PATTERNS) {
    result = result.replace(pattern, () => {
      redactions[kind] = (redactions[kind] ?? 0) + 1;
      return `[${kind} removed]`;
    });
  }
  return { text: result, redactions };
}
