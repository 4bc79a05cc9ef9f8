import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { EMPTY_TEXT, joinPieces, piece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { packTexts } from "./fit-text";
import { attributeSummary, offerSentence, sentencesWithOffer } from "./product-copy";

/**
 * The body copy of a social ad (Meta primary text, LinkedIn intro): the best whole sentences
 * that fit before the platform's "see more" cut, then the channel's disclaimers word for word.
 * A product whose chunk has no description speaks through its attributes and price. Only when
 * nothing fits whole is the best sentence cut at a word boundary.
 */
export function leadText(facts: FactBase, max: number, limit: number): CitedText {
  if (!facts.hasFacts) return EMPTY_TEXT;
  const disclaimer = facts.policy.disclaimers.join(" ");
  // A disclaimer longer than the field still goes in whole: these limits only truncate.
  const total = Math.max(max, visibleLength(disclaimer));
  const room = max - (disclaimer === "" ? 0 : visibleLength(disclaimer) + 1);
  const sentences = sentencesWithOffer(facts);
  const fromFacts = sentences.length > 0 ? [] : [attributeSummary(facts, room), offerSentence(facts)].filter((candidate) => candidate !== null);
  const packed = packTexts([...sentences, ...fromFacts], room, { limit });
  if (packed.length > 0) {
    const body = facts.finish(joinPieces(packed), { max: total, suffix: disclaimer });
    if (body) return body;
  }
  const best = sentences[0];
  const cut = best && room > 0 ? facts.finish(best, { max, cut: true, suffix: disclaimer }) : null;
  return cut ?? (disclaimer !== "" ? facts.finish(piece("", facts.fallbackCitations), { suffix: disclaimer }) : null) ?? EMPTY_TEXT;
}
