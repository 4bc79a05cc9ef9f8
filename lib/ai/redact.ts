import { RedactionSession, type PlaceholderMap } from "@/lib/privacy/pii/redact";

/**
 * Removes personal data before text leaves for an external model, with the recognizers of
 * lib/privacy/pii (names, e-mails incl. "(at)" forms, phones, IBANs, cards, tax and social
 * security ids, dates of birth, addresses, handles). Each value becomes a typed placeholder
 * (`[PERSON_1]`); pass one `session` for all texts of one request so a value keeps its
 * placeholder across them. `containsPersonalData` is true when the redacted text still scores as
 * personal data: such a request may go to local or self-hosted models only.
 */
export function redactPersonalData(
  text: string,
  options: { session?: RedactionSession; keep?: readonly string[] } = {},
): { text: string; redactions: Record<string, number>; containsPersonalData: boolean; placeholders: PlaceholderMap } {
  const session = options.session ?? new RedactionSession({ keep: options.keep });
  const result = session.redact(text);
  const redactions: Record<string, number> = {};
  for (const finding of result.findings) {
    const kind = finding.type.toLowerCase();
    redactions[kind] = (redactions[kind] ?? 0) + 1;
  }
  return { text: result.text, redactions, containsPersonalData: result.residual.length > 0, placeholders: session.placeholders };
}

/** Redacts several texts of one request consistently; true in `containsPersonalData` if any still holds some. */
export function redactAll(texts: readonly string[], options: { keep?: readonly string[] } = {}) {
  const session = new RedactionSession({ keep: options.keep });
  let containsPersonalData = false;
  const out = texts.map((text) => {
    const result = session.redact(text);
    if (result.residual.length > 0) containsPersonalData = true;
    return result.text;
  });
  return { texts: out, containsPersonalData, redactions: session.total };
}
