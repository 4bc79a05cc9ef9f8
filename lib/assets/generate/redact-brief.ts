import { RedactionSession, type PlaceholderMap } from "@/lib/privacy/pii/redact";
import type { BriefInput } from "./brief";

/**
 * The brief with personal data removed from every free-text field (one redaction session, so a
 * name in the topic and in the goal is the same `[PERSON_1]`), and how many values were removed.
 * Only this redacted brief is stored (asset provenance, batches); the raw one never is.
 * `keep` holds phrases that are not personal data whatever they look like (the product's title).
 * `placeholders` maps each placeholder back to the value the marketer typed: it stays in memory
 * for this request, so the generated fields can hold the real contact name or phone number the
 * brief asked for (restorePlaceholders), and is never stored.
 */
export function redactBrief(brief: BriefInput, options: { keep?: readonly string[] } = {}): {
  brief: BriefInput;
  redactions: number;
  containsPersonalData: boolean;
  placeholders: PlaceholderMap;
} {
  const session = new RedactionSession({ keep: options.keep });
  let containsPersonalData = false;
  const clean = (text: string) => {
    const result = session.redact(text);
    if (result.residual.length > 0) containsPersonalData = true;
    return result.text;
  };
  return {
    brief: { ...brief, topic: clean(brief.topic), audience: clean(brief.audience), goal: clean(brief.goal), tone: clean(brief.tone), keywords: brief.keywords.map(clean) },
    redactions: session.total,
    containsPersonalData,
    placeholders: session.placeholders,
  };
}
