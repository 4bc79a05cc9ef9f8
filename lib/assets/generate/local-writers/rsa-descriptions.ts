import type { RsaDescription } from "@/lib/assets/schemas/google-rsa";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { duplicateKey } from "@/lib/assets/validate/ad-text-lint";
import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { calmExclamations, passesAdEditorial } from "./ad-editorial";
import { joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { fitWords, packTexts } from "./fit-text";
import { shortenSubject } from "./subject-copy";
import { attributeSummary, sentencesWithOffer } from "./product-copy";
import { rotateCandidates } from "./rank-sentences";

const MAX = RSA_LIMITS.descriptions.maxLength;
const TARGET = 3;

/** "Fjell 3L from €349. Discover it at Nordlicht." with the name shortened until it fits. */
function offerDescription(facts: FactBase): CitedPiece | null {
  const { subject, price, phrases, brand } = facts;
  if (!subject || !price) return null;
  const tail = brand !== "" && !containsTerm(subject.text, brand) ? phrases.discoverAt(brand) : phrases.discoverNow;
  const room = MAX - visibleLength(`${phrases.priceFrom("", price.text)}. ${tail}`);
  const short = shortenSubject(facts, room);
  return short === null ? null : piece(`${phrases.priceFrom(short, price.text)}. ${tail}`, mergeCitations(subject.citations, price.citations));
}

function candidates(facts: FactBase): (CitedPiece | null)[] {
  const sentences = sentencesWithOffer(facts).map((sentence) => ({ ...sentence, text: calmExclamations(sentence.text) }));
  const fitting = sentences.filter((sentence) => visibleLength(sentence.text) <= MAX);
  // Two short sentences read better as one description than either alone.
  const pair = packTexts(fitting.slice(1), MAX, { limit: 2 });
  const preferred = [fitting[0] ?? null, attributeSummary(facts, MAX), offerDescription(facts), pair.length === 2 ? joinPieces(pair) : null, ...fitting.slice(1)].filter(
    (candidate) => candidate !== null,
  );
  return [
    // "Another variant" lets other descriptions lead (three of them are taken).
    ...rotateCandidates(preferred, facts.brief.variant ?? 0, TARGET + 1),
    // Last resort: the best sentences cut at a word boundary.
    ...sentences.slice(0, 2).map((sentence) => piece(fitWords(sentence.text, MAX, facts.language), sentence.citations)),
  ];
}

/** Puts the disclaimer into the first description with room for it, else adds it as its own. */
function withDisclaimer(facts: FactBase, chosen: CitedText[], disclaimer: string): CitedText[] {
  for (const [index, description] of chosen.entries()) {
    const extended = facts.finish(description, { max: MAX, suffix: disclaimer });
    if (extended) return chosen.map((entry, i) => (i === index ? extended : entry));
  }
  const alone = facts.finish(piece("", facts.fallbackCitations), { max: MAX, suffix: disclaimer });
  if (!alone) return chosen;
  return chosen.length < RSA_LIMITS.descriptions.max ? [...chosen, alone] : [...chosen.slice(0, -1), alone];
}

/**
 * 2–4 distinct descriptions of at most 90 characters: the best sentence, the attribute summary,
 * the price offer, then further sentences, each through the brand, grounding and editorial
 * gates; the channel's disclaimer goes whole into one of them.
 */
export function rsaDescriptions(facts: FactBase): RsaDescription[] {
  if (!facts.hasFacts) return [];
  let chosen: CitedText[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates(facts)) {
    if (chosen.length >= TARGET) break;
    if (!candidate || candidate.text === "") continue;
    const finished = facts.finish(candidate, { max: MAX });
    if (!finished || !passesAdEditorial(finished.text, { headline: false })) continue;
    const key = duplicateKey(finished.text);
    if (seen.has(key)) continue;
    seen.add(key);
    chosen.push(finished);
  }
  const disclaimer = facts.policy.disclaimers.join(" ");
  if (disclaimer !== "") chosen = withDisclaimer(facts, chosen, disclaimer);
  return chosen.map((description) => ({ ...description, pin: null }));
}
