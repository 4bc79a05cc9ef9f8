import { dateOfBirthRecognizer } from "./recognizers/date-of-birth";
import { emailRecognizer } from "./recognizers/email";
import { ibanRecognizer } from "./recognizers/iban";
import { nationalIdRecognizer } from "./recognizers/national-id";
import { paymentCardRecognizer } from "./recognizers/payment-card";
import { personNameRecognizer } from "./recognizers/person-name";
import { phoneRecognizer } from "./recognizers/phone";
import { postalAddressRecognizer } from "./recognizers/postal-address";
import { socialHandleRecognizer } from "./recognizers/social-handle";
import { RESIDUAL_THRESHOLD, type AnalyzeContext, type PiiFinding, type Recognizer } from "./types";

/** Every recognizer, the validated patterns first (they win ties against context rules). */
export const RECOGNIZERS: readonly Recognizer[] = [
  emailRecognizer,
  ibanRecognizer,
  paymentCardRecognizer,
  nationalIdRecognizer,
  phoneRecognizer,
  dateOfBirthRecognizer,
  postalAddressRecognizer,
  socialHandleRecognizer,
  personNameRecognizer,
];

export type AnalyzeOptions = { keep?: readonly string[]; minScore?: number };

/**
 * Runs every recognizer and resolves overlaps: the higher score wins, then the longer span, so
 * "max(at)example.de" is one e-mail and not a name, and an address keeps its house number.
 */
export function analyzePersonalData(text: string, options: AnalyzeOptions = {}): PiiFinding[] {
  if (!text) return [];
  const context: AnalyzeContext = { keep: (options.keep ?? []).filter((k) => k.trim().length > 1) };
  const minScore = options.minScore ?? RESIDUAL_THRESHOLD;
  const all = RECOGNIZERS.flatMap((r) => r.analyze(text, context)).filter((f) => f.score >= minScore && f.end > f.start);
  all.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: PiiFinding[] = [];
  for (const finding of all) {
    if (chosen.some((c) => c.start < finding.end && finding.start < c.end)) continue;
    chosen.push(finding);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
