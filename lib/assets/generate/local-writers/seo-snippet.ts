import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { SEO_LIMITS } from "@/lib/assets/validate/seo-page";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { preferAtLeast } from "./choose";
import { EMPTY_TEXT, joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { packTexts } from "./fit-text";
import { attributeSummary, offerSentence, sentencePiece } from "./product-copy";

function brandSuffix(facts: FactBase, subject: CitedPiece): string {
  return facts.brand !== "" && !containsTerm(subject.text, facts.brand) ? `| ${facts.brand}` : "";
}

/**
 * "<product> | <brand>", lengthened with the category or the price while it is below the 30
 * characters Google shows best, and cut at a word boundary (brand kept) when the name is too
 * long for 60.
 */
export function seoTitle(facts: FactBase): CitedText {
  const subject = facts.subject;
  if (!subject) return EMPTY_TEXT;
  const suffix = brandSuffix(facts, subject);
  const max = SEO_LIMITS.title.max;
  const leaf = facts.categoryLeaf && !containsTerm(subject.text, facts.categoryLeaf.text) ? facts.categoryLeaf : null;
  const bodies: (CitedPiece | null)[] = [
    subject,
    leaf ? joinPieces([subject, leaf], " – ") : null,
    facts.price ? piece(facts.phrases.priceFrom(subject.text, facts.price.text), mergeCitations(subject.citations, facts.price.citations)) : null,
    leaf && facts.price ? piece(`${subject.text} – ${facts.phrases.priceFrom(leaf.text, facts.price.text)}`, mergeCitations(subject.citations, leaf.citations, facts.price.citations)) : null,
  ];
  const chosen = preferAtLeast(bodies.map((body) => (body ? facts.finish(body, { max, suffix }) : null)), SEO_LIMITS.title.min);
  return chosen ?? facts.finish(subject, { max, cut: true, suffix }) ?? EMPTY_TEXT;
}

/**
 * The best sentences that fit in 160 characters together with a call to action and the
 * channel's disclaimers; for a product the attribute summary is offered second, so a short
 * description gains concrete facts. A single sentence too long for the snippet is cut with "…".
 */
export function seoMetaDescription(facts: FactBase): CitedText {
  if (!facts.hasFacts) return EMPTY_TEXT;
  const { max, hardMax } = SEO_LIMITS.metaDescription;
  const disclaimer = facts.policy.disclaimers.join(" ");
  const cta = facts.product ? facts.phrases.discoverNow : facts.phrases.learnMore;
  const suffix = [cta, disclaimer].filter((part) => part !== "").join(" ");
  const room = max - visibleLength(suffix) - 1;
  const sentences = facts.sentences.map(sentencePiece);
  // The best sentence, then as many product attributes as the remaining room takes, then more sentences.
  const lead = packTexts(sentences, room, { limit: 1 });
  const used = lead.reduce((length, part) => length + visibleLength(part.text) + 1, 0);
  const summary = facts.product ? attributeSummary(facts, room - used) : null;
  // A product chunk without a description still has its price to say.
  const offer = offerSentence(facts);
  const pool = [...lead, ...(summary ? [summary] : []), ...sentences.filter((sentence) => !lead.includes(sentence)), ...(offer ? [offer] : [])];
  const packed = packTexts(pool, room, { limit: 3 });
  const limit = Math.max(hardMax, visibleLength(suffix));
  if (packed.length > 0) return facts.finish(joinPieces(packed), { max: limit, suffix }) ?? EMPTY_TEXT;
  const top = pool[0];
  if (!top) return facts.finish(piece("", facts.fallbackCitations), { suffix }) ?? EMPTY_TEXT;
  return facts.finish(top, { max: Math.max(room, 0) + visibleLength(suffix) + 1, cut: true, cutMark: "…", suffix }) ?? EMPTY_TEXT;
}

/** The product name or topic, whole: the H1 has no length limit. */
export function seoH1(facts: FactBase): CitedText {
  return facts.subject ? (facts.finish(facts.subject) ?? EMPTY_TEXT) : EMPTY_TEXT;
}
