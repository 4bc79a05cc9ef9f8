import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { CitedAttribute, FactBase } from "./fact-base";
import { normalizeSpaces } from "./fit-text";
import { shortSubject } from "./subject-copy";

type Faq = SeoPage["faq"][number];

const MAX_FAQ = 5;
const MAX_SOURCE_FAQ = 3;
const MAX_ANSWER = 400;
const QUESTION_SUBJECT_MAX = 40;
const MATERIAL_KEY = /^(?:materials?|obermaterial|stoff|fabric|gewebe)$/i;
const WEIGHT_KEY = /^(?:weight|gewicht)$/i;

/** A source sentence that states the attribute's value reads better than the bare label. */
function answerFor(facts: FactBase, attribute: CitedAttribute, subject: string): CitedPiece {
  const value = foldForMatching(attribute.value);
  const sentence = facts.sentences.find((candidate) => foldForMatching(candidate.text).includes(value) && (facts.product?.chunkIds.includes(candidate.sourceId) ?? false));
  if (sentence) return piece(sentence.text, mergeCitations([sentence.sourceId], attribute.citations));
  // A whole sentence, never the bare "colour: Slate grey." label.
  return piece(facts.phrases.attributeAnswer(attribute.key, attribute.value, subject), mergeCitations(facts.subject?.citations ?? [], attribute.citations));
}

function attributeQuestion(facts: FactBase, attribute: CitedAttribute, subject: string): string {
  if (MATERIAL_KEY.test(attribute.key)) return facts.phrases.madeOf(subject);
  if (WEIGHT_KEY.test(attribute.key)) return facts.phrases.weighs(subject);
  return facts.phrases.attributeQuestion(attribute.key, subject);
}

/**
 * Questions the sources answer themselves come first (answers quoted from the source); then
 * questions built from the product's facts (price, material, weight, other attributes), whose
 * answers are a source sentence stating the value or the fact itself. The question wording is
 * a template; the answer is always a fact with its citation.
 */
export function seoFaq(facts: FactBase): Faq[] {
  const faq: Faq[] = [];
  const seen = new Set<string>();
  const add = (question: string, answer: CitedPiece) => {
    const text = normalizeSpaces(facts.policy.polish(question));
    const key = foldForMatching(text);
    if (faq.length >= MAX_FAQ || seen.has(key) || !facts.policy.allows(text)) return;
    const finished = facts.finish(answer, { max: MAX_ANSWER, cut: true, cutMark: "…" });
    if (!finished) return;
    seen.add(key);
    faq.push({ question: text, answer: finished });
  };

  for (const entry of facts.faqs.slice(0, MAX_SOURCE_FAQ)) {
    add(entry.question.text, joinPieces(entry.answer.map((sentence) => piece(sentence.text, [sentence.sourceId]))));
  }
  const subject = facts.product ? shortSubject(facts, QUESTION_SUBJECT_MAX) : null;
  if (!subject) return faq;
  if (facts.price) add(facts.phrases.howMuch(subject.text), piece(facts.phrases.costs(subject.text, facts.price.text), mergeCitations(subject.citations, facts.price.citations)));
  // A value with its own unit and no label ("70 lux") has nothing to ask about by name.
  for (const attribute of facts.attributes.filter((entry) => entry.key !== "")) add(attributeQuestion(facts, attribute, subject.text), answerFor(facts, attribute, subject.text));
  return faq;
}
