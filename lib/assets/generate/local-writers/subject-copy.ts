import { visibleLength } from "@/lib/assets/validate/visible-length";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { fitWords } from "./fit-text";

// A cut topic keeps its sense only with a few words: "Caring for your hardshell", not "Caring".
const MIN_TOPIC_WORDS = 3;

function isBrandOnly(facts: FactBase, text: string): boolean {
  return facts.brand !== "" && foldForMatching(text).trim() === foldForMatching(facts.brand).trim();
}

/** "Nordlicht Fjell 3L …" → "Fjell 3L …": the brand is usually said elsewhere, the model name is what identifies the product. */
export function withoutBrandPrefix(facts: FactBase, text: string): string {
  if (facts.brand === "") return text;
  const words = text.split(" ");
  const brandWords = facts.brand.split(" ").length;
  const prefix = words.slice(0, brandWords).join(" ");
  return words.length > brandWords && foldForMatching(prefix) === foldForMatching(facts.brand) ? words.slice(brandWords).join(" ") : text;
}

/**
 * The subject in at most `room` characters, or null. A product name is cut at a word boundary
 * (without a leading brand name first); any part of it still names the product. A topic may be
 * cut only while it keeps three words. The brand name alone never stands for the product.
 */
export function shortenSubject(facts: FactBase, room: number): string | null {
  const subject = facts.subject;
  if (!subject || room <= 0) return null;
  const variants = facts.product ? [subject.text, withoutBrandPrefix(facts, subject.text)] : [subject.text];
  for (const variant of variants) {
    const cut = fitWords(variant, room, facts.language);
    if (cut === "" || isBrandOnly(facts, cut) || isSentenceFragment(cut, facts.language)) continue;
    if (!facts.product && cut !== subject.text && cut.split(" ").length < MIN_TOPIC_WORDS) continue;
    return cut;
  }
  return null;
}

/** The subject shortened to `max` characters, for questions, headings and headlines. */
export function shortSubject(facts: FactBase, max: number): CitedPiece | null {
  const text = shortenSubject(facts, max);
  return text === null || !facts.subject ? null : piece(text, facts.subject.citations);
}

/**
 * `template(subject)` within `max` characters, the subject shortened to make room:
 * "Fjell 3L Hardshell from €349" rather than dropping the offer or cutting the price.
 */
export function subjectWithin(facts: FactBase, max: number, template: (subject: string) => string, extraCitations: readonly string[] = []): CitedPiece | null {
  const short = shortenSubject(facts, max - visibleLength(template("")));
  return short === null || !facts.subject ? null : piece(template(short), mergeCitations(facts.subject.citations, extraCitations));
}
