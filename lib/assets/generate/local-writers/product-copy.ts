import { visibleLength } from "@/lib/assets/validate/visible-length";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { CitedAttribute, FactBase } from "./fact-base";
import { capitalizeFirst, fitWords, fits, stripFinalPeriod } from "./fit-text";
import type { RankedSentence } from "./rank-sentences";
import { shortSubject } from "./subject-copy";

/*
 * Attribute templates and sentence pieces shared by the writers. They only rearrange facts:
 * labels come from the feed ("Weight: 420 g"), joining words from phrases.ts.
 */

const DETAILS_SUBJECT_MAX = 50;

/**
 * "Weight 420 g" / "Gewicht 420 g" for short fields: the feed's own key and value, so no wording of
 * ours can change its meaning, but not as a "key: value" label, which reads as data, not copy.
 */
export function attributeLabel(facts: FactBase, attribute: CitedAttribute): CitedPiece {
  return piece(capitalizeFirst(facts.phrases.attributeInline(attribute.key, attribute.value)), attribute.citations);
}

/**
 * "Fjell 3L in detail: material recycled nylon, weight 420 g, price €349." for page copy: one
 * sentence over the attributes, never "Material: recycled nylon." label lines, which read as data.
 */
export function attributeSentences(facts: FactBase, options: { withPrice: boolean }): CitedPiece | null {
  const parts = facts.attributes.map((attribute) => piece(facts.phrases.attributeInline(attribute.key, attribute.value), attribute.citations));
  if (options.withPrice && facts.price) parts.push(piece(facts.phrases.attributeInline(facts.phrases.priceLabel, facts.price.text), facts.price.citations));
  if (parts.length === 0) return null;
  const list = joinPieces(parts, ", ");
  const subject = shortSubject(facts, DETAILS_SUBJECT_MAX);
  return subject ? piece(facts.phrases.details(subject.text, list.text), mergeCitations(subject.citations, list.citations)) : piece(`${capitalizeFirst(list.text)}.`, list.citations);
}

/**
 * "Fjell 3L: material recycled nylon, weight 420 g." with as many attributes as fit in `max`
 * (the subject is shortened first, attributes are dropped from the end). Null without attributes.
 */
export function attributeSummary(facts: FactBase, max: number, subjectMax = 40): CitedPiece | null {
  const subject = shortSubject(facts, subjectMax);
  for (let count = Math.min(facts.attributes.length, 3); count > 0; count--) {
    const chosen = facts.attributes.slice(0, count);
    const list = chosen.map((attribute) => facts.phrases.attributeInline(attribute.key, attribute.value)).join(", ");
    const text = subject ? `${subject.text}: ${list}.` : `${capitalizeFirst(list)}.`;
    if (fits(text, max)) return piece(text, mergeCitations(subject?.citations ?? [], ...chosen.map((attribute) => attribute.citations)));
  }
  return null;
}

/**
 * The offer the brief's goal names first (when a source states it), then the ranked sentences.
 * With `room`, a source sentence about the offer too long for it gives way to the offer's compact
 * template, so the offer is never the part that does not fit.
 */
export function sentencesWithOffer(facts: FactBase, room?: number): CitedPiece[] {
  const sentences = facts.sentences.map(sentencePiece);
  const { sentence, compact } = facts.offer ?? { sentence: null, compact: null };
  if (!sentence) return sentences;
  const offer = room !== undefined && compact && visibleLength(sentence.text) > room ? compact : sentence;
  return [offer, ...sentences.filter((entry) => entry.text !== sentence.text)];
}

/** "The Fjell 3L costs €349." — what a product without a description can still say. */
export function offerSentence(facts: FactBase): CitedPiece | null {
  const { subject, price } = facts;
  return subject && price ? piece(facts.phrases.costs(subject.text, price.text), mergeCitations(subject.citations, price.citations)) : null;
}

export function sentencePiece(sentence: RankedSentence): CitedPiece {
  return piece(sentence.text, [sentence.sourceId]);
}

// A sentence up to half again as long as the field may be cut to it: the cut then only drops a
// tail ("At 420 g it packs small [into any daypack]"). Longer sentences lose their point.
const CUTTABLE_RATIO = 1.5;
const MIN_CLAUSE_WORDS = 3;

/**
 * Short self-contained parts of the best sentences for headlines, per sentence in rank order:
 * the whole sentence, a clause between commas, semicolons or dashes, or a slightly long
 * sentence cut at a word boundary, each without its final full stop. Only parts that start with
 * a capital stand alone ("Not for one" out of "…, not for one." does not), and a clause needs
 * three words ("Wir reparieren" out of "Wir reparieren, was wir verkaufen" says nothing).
 */
export function shortClauses(facts: FactBase, max: number, limit = 8): CitedPiece[] {
  const clauses: CitedPiece[] = [];
  const seen = new Set<string>();
  for (const sentence of facts.sentences) {
    const whole = stripFinalPeriod(sentence.text.replace(/[!]+$/u, ""));
    const parts = [
      { text: whole, minWords: 2 },
      ...whole.split(/\s*[,;:]\s+|\s+[–—-]\s+/u).map((text) => ({ text, minWords: MIN_CLAUSE_WORDS })),
      ...(visibleLength(whole) <= max * CUTTABLE_RATIO ? [{ text: fitWords(whole, max, facts.language), minWords: MIN_CLAUSE_WORDS }] : []),
    ];
    for (const part of parts) {
      const text = stripFinalPeriod(part.text.trim());
      const key = text.toLocaleLowerCase();
      if (!/^\p{Lu}/u.test(text) || text.split(" ").length < part.minWords || !fits(text, max) || seen.has(key) || /[?()„"“”]/u.test(text)) continue;
      // A cut that leaves "… into any" or "in einer Altonaer" fails validation: never offered.
      if (isSentenceFragment(text, facts.language)) continue;
      seen.add(key);
      clauses.push(piece(text, [sentence.sourceId]));
      if (clauses.length >= limit) return clauses;
    }
  }
  return clauses;
}
