import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { packTexts } from "./fit-text";
import { attributeSentences, sentencePiece } from "./product-copy";
import { shortSubject } from "./subject-copy";
import type { RankedSentence } from "./rank-sentences";

type Section = SeoPage["outline"][number];

const BRIEF_MAX = 320;
const MAX_TOPIC_SECTIONS = 3;
const HEADING_SUBJECT_MAX = 50;

function section(facts: FactBase, heading: CitedPiece, brief: CitedPiece | null): Section | null {
  if (!brief) return null;
  const finishedBrief = facts.finish(brief, { max: BRIEF_MAX, cut: true, cutMark: "…" });
  // A template heading ("Materials and features") rests on the facts of its section.
  const finishedHeading = facts.finish(piece(heading.text, heading.citations.length > 0 ? heading.citations : (finishedBrief?.citations ?? [])));
  return finishedBrief && finishedHeading ? { level: 2, heading: finishedHeading, brief: finishedBrief } : null;
}

function packedBrief(sentences: readonly RankedSentence[], limit: number): CitedPiece | null {
  const packed = packTexts(sentences.map(sentencePiece), BRIEF_MAX, { limit });
  if (packed.length > 0) return joinPieces(packed);
  // Only sentences longer than a brief: the best one, cut by finish().
  const first = sentences[0];
  return first ? sentencePiece(first) : null;
}

/**
 * Prose sentences grouped by the topic they stand under, groups ordered by their best sentence.
 * Sentences whose heading names no topic (a file name, a one-word source title) gather under the
 * page's subject ("Repair service at a glance"): a source's name is never an H2. The article
 * writer (article-body.ts) builds its sections from the same groups.
 */
export function topicGroups(facts: FactBase): { heading: CitedPiece | null; sentences: RankedSentence[] }[] {
  const own = new Set(facts.product?.chunkIds ?? []);
  const groups = new Map<string, { heading: CitedPiece | null; sentences: RankedSentence[] }>();
  for (const sentence of facts.sentences) {
    if (own.has(sentence.sourceId)) continue;
    const key = sentence.topic === null ? "" : foldForMatching(sentence.topic);
    const heading = sentence.topic === null ? null : piece(sentence.topic, [sentence.sourceId]);
    const group = groups.get(key) ?? { heading, sentences: [] };
    group.sentences.push(sentence);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * H2 sections in reading order: the product at a glance (its description), materials and
 * features (attribute lines and price), one section per other source topic (care guide, about
 * page) headed by that source's own heading, and the FAQ. Only sections with facts appear.
 */
export function seoOutline(facts: FactBase, faq: SeoPage["faq"]): Section[] {
  const sections: (Section | null)[] = [];
  const product = facts.product;
  if (product) {
    const subject = shortSubject(facts, HEADING_SUBJECT_MAX);
    const own = facts.sentences.filter((sentence) => product.chunkIds.includes(sentence.sourceId));
    if (subject) sections.push(section(facts, piece(facts.phrases.atAGlance(subject.text), subject.citations), packedBrief(own, 3)));
    const features = attributeSentences(facts, { withPrice: true });
    if (features) sections.push(section(facts, piece(facts.phrases.featuresHeading, features.citations), features));
  }
  for (const group of topicGroups(facts).slice(0, MAX_TOPIC_SECTIONS)) {
    const subject = group.heading ? null : shortSubject(facts, HEADING_SUBJECT_MAX);
    const heading = group.heading ?? (subject && !product ? piece(facts.phrases.atAGlance(subject.text), subject.citations) : null);
    if (heading) sections.push(section(facts, heading, packedBrief(group.sentences, 2)));
  }
  if (faq.length > 0) {
    const questions = faq.slice(0, 3).map((entry) => entry.question).join(" ");
    sections.push(section(facts, piece(facts.phrases.faqHeading, []), piece(questions, mergeCitations(...faq.map((entry) => entry.answer.citations)))));
  }
  return withCampaignOffer(facts, sections.filter((entry): entry is Section => entry !== null));
}

/**
 * A campaign page opens with its offer: the first section's brief starts with the offer's
 * sentence (code, value, end date). When the two do not fit together the section stays as it was,
 * rather than losing the page's first facts to the offer.
 */
function withCampaignOffer(facts: FactBase, sections: Section[]): Section[] {
  const offer = facts.offer?.fromCampaign ? facts.offer.sentence : null;
  const [first, ...rest] = sections;
  if (!offer || !first) return sections;
  const brief = facts.finish(joinPieces([offer, first.brief]), { max: BRIEF_MAX });
  return brief ? [{ ...first, brief }, ...rest] : sections;
}
