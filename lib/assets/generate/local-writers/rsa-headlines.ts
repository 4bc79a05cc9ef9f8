import type { RsaHeadline } from "@/lib/assets/schemas/google-rsa";
import { duplicateKey } from "@/lib/assets/validate/ad-text-lint";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { passesAdEditorial } from "./ad-editorial";
import { mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { attributeLabel, shortClauses } from "./product-copy";
import { subjectWithin } from "./subject-copy";
import { rotateCandidates } from "./rank-sentences";

export type HeadlineKind = "brand" | "feature" | "benefit" | "question" | "offer";

/** Round-robin order, so even a short list mixes kinds and Google has different angles to test. */
const KIND_ORDER: readonly HeadlineKind[] = ["brand", "feature", "benefit", "question", "offer"];
const TARGET_HEADLINES = 12;
const MAX = RSA_LIMITS.headlines.maxLength;
/** How many of each kind's best candidates a variant rotates among (the rest are weaker). */
const VARIANT_WINDOW = 4;

/** "Looking for a hardshell?": English needs an article before a singular noun, German does not ("Hardshell gesucht?"). */
function questionThing(facts: FactBase, leaf: string): string {
  if (facts.language === "de") return leaf;
  const lower = /^\p{Lu}\p{Ll}/u.test(leaf) ? leaf.charAt(0).toLocaleLowerCase("en") + leaf.slice(1) : leaf;
  if (/s$/i.test(lower)) return lower;
  return `${/^[aeiou]/i.test(lower) ? "an" : "a"} ${lower}`;
}

/** "Nordlicht Fjell by Nordlicht": a shortened name can still start with the brand a template adds. */
function repeatsBrand(facts: FactBase, text: string): boolean {
  const brand = foldForMatching(facts.brand).trim();
  return brand !== "" && foldForMatching(text).split(brand).length > 2;
}

function candidatesByKind(facts: FactBase): Record<HeadlineKind, (CitedPiece | null)[]> {
  const { phrases, brand, subject, categoryLeaf: leaf, price } = facts;
  // Template-only headlines ("Why Nordlicht?") cite the best-matching source via the copy gate.
  const brandPiece = brand !== "" ? piece(brand, []) : null;
  return {
    brand: [
      subjectWithin(facts, MAX, (s) => s),
      leaf && brand ? piece(phrases.byBrand(leaf.text, brand), leaf.citations) : null,
      subject && brand ? subjectWithin(facts, MAX, (s) => phrases.byBrand(s, brand)) : null,
      brandPiece,
    ],
    feature: facts.attributes.map((attribute) => attributeLabel(facts, attribute)),
    benefit: shortClauses(facts, MAX),
    question: [
      leaf ? piece(phrases.lookingFor(questionThing(facts, leaf.text)), leaf.citations) : null,
      brand ? piece(phrases.whyBrand(brand), []) : null,
      ...facts.questions.map((question) => piece(question.text, [question.sourceId])),
    ],
    offer: [
      facts.offer?.sentence ?? null,
      facts.offer?.short ?? null,
      price ? subjectWithin(facts, MAX, (s) => phrases.priceFrom(s, price.text), price.citations) : null,
      price && leaf ? piece(phrases.priceFrom(leaf.text, price.text), mergeCitations(leaf.citations, price.citations)) : null,
      price ? piece(phrases.nowFromPrice(price.text), price.citations) : null,
      subjectWithin(facts, MAX, (s) => phrases.discover(s)),
    ],
  };
}

/**
 * 3–15 distinct headlines of at most 30 characters in five kinds (brand, feature, benefit,
 * question, offer), taken in turns. Each candidate must pass the brand rules, the grounding
 * gate and Google's editorial rules; candidates that are too long are dropped, not cut, except
 * the product name (shortened at a word boundary inside its templates).
 */
export function rsaHeadlines(facts: FactBase): RsaHeadline[] {
  if (!facts.hasFacts) return [];
  const variant = facts.brief.variant ?? 0;
  const byKind = candidatesByKind(facts);
  // "Another variant": each kind's queue starts further down, so other headlines lead (the
  // product name stays first: an ad without it does not say what it sells).
  const queues = Object.fromEntries(
    Object.entries(byKind).map(([kind, queue]) => [kind, kind === "brand" ? [queue[0], ...rotateCandidates(queue.slice(1), variant, VARIANT_WINDOW)] : rotateCandidates(queue, variant, VARIANT_WINDOW)]),
  ) as Record<HeadlineKind, (CitedPiece | null)[]>;
  // The offer the goal names leads: it is what the campaign is for.
  const order: readonly HeadlineKind[] = facts.offer ? ["offer", ...KIND_ORDER.filter((kind) => kind !== "offer")] : KIND_ORDER;
  const chosen: RsaHeadline[] = [];
  const seen = new Set<string>();
  const take = (candidate: CitedPiece | null): boolean => {
    if (!candidate) return false;
    const finished = facts.finish(candidate, { max: MAX });
    if (!finished || !passesAdEditorial(finished.text, { headline: true }) || repeatsBrand(facts, finished.text) || isSentenceFragment(finished.text, facts.language)) return false;
    const key = duplicateKey(finished.text);
    if (seen.has(key)) return false;
    seen.add(key);
    chosen.push({ ...finished, pin: null });
    return true;
  };
  for (let progress = true; progress && chosen.length < TARGET_HEADLINES; ) {
    progress = false;
    for (const kind of order) {
      const queue = queues[kind];
      while (queue.length > 0 && chosen.length < TARGET_HEADLINES) {
        if (take(queue.shift() ?? null)) {
          progress = true;
          break;
        }
      }
    }
  }
  return chosen;
}
