import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { EMPTY_TEXT, joinPieces, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { packTexts } from "./fit-text";
import { attributeSummary, offerSentence, sentencesWithOffer } from "./product-copy";

/**
 * Greedy first fit like packTexts, but each sentence must fit together with the disclaimers the
 * body then needs: a sentence stating a price brings the price note along, one without leaves the
 * room to copy. `otherCopy` is what the asset's other fields state (their disclaimers go here too).
 */
function packWithDisclaimers(facts: FactBase, items: readonly CitedPiece[], max: number, limit: number, otherCopy: string): { packed: CitedPiece[]; disclaimer: string } {
  const disclaimerFor = (body: string) => facts.policy.disclaimersFor([otherCopy, body].join("\n")).join(" ");
  const packed: CitedPiece[] = [];
  let disclaimer = disclaimerFor("");
  for (const item of items) {
    if (packed.length >= limit) break;
    const body = [...packed, item].map((entry) => entry.text).join(" ");
    const needed = disclaimerFor(body);
    if (visibleLength(body) + (needed === "" ? 0 : visibleLength(needed) + 1) > max) continue;
    packed.push(item);
    disclaimer = needed;
  }
  return { packed, disclaimer };
}

/**
 * The body copy of a social ad (Meta primary text, LinkedIn intro): the best whole sentences
 * that fit before the platform's "see more" cut, then the disclaimers word for word. With
 * `otherCopy` (the ad's other fields, written first) only the disclaimers that the ad's copy
 * needs take room; without it, every disclaimer the facts might need. A product whose chunk has
 * no description speaks through its attributes and price. Only when nothing fits whole is the
 * best sentence cut at a word boundary.
 */
export function leadText(facts: FactBase, max: number, limit: number, otherCopy?: string): CitedText {
  if (!facts.hasFacts) return EMPTY_TEXT;
  const allDisclaimers = facts.policy.disclaimers.join(" ");
  const room = max - (allDisclaimers === "" ? 0 : visibleLength(allDisclaimers) + 1);
  // The room the other fields' disclaimers leave at least: where the offer's own sentence must fit.
  const otherDisclaimers = otherCopy === undefined ? allDisclaimers : facts.policy.disclaimersFor(otherCopy).join(" ");
  const sentences = sentencesWithOffer(facts, max - (otherDisclaimers === "" ? 0 : visibleLength(otherDisclaimers) + 1));
  const fromFacts = sentences.length > 0 ? [] : [attributeSummary(facts, room), offerSentence(facts)].filter((candidate) => candidate !== null);
  const pool = [...sentences, ...fromFacts];
  const { packed, disclaimer } =
    otherCopy === undefined ? { packed: packTexts(pool, room, { limit }), disclaimer: allDisclaimers } : packWithDisclaimers(facts, pool, max, limit, otherCopy);
  // A disclaimer longer than the field still goes in whole: these limits only truncate.
  const total = Math.max(max, visibleLength(disclaimer));
  if (packed.length > 0) {
    const body = facts.finish(joinPieces(packed), { max: total, suffix: disclaimer });
    if (body) return body;
  }
  const best = sentences[0];
  const cutRoom = max - (disclaimer === "" ? 0 : visibleLength(disclaimer) + 1);
  const cut = best && cutRoom > 0 ? facts.finish(best, { max, cut: true, suffix: disclaimer }) : null;
  return cut ?? (disclaimer !== "" ? facts.finish(piece("", facts.fallbackCitations), { suffix: disclaimer }) : null) ?? EMPTY_TEXT;
}
