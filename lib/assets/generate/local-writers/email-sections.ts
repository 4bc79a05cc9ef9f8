import type { EmailSection } from "@/lib/assets/schemas/email";
import { EMAIL_LIMITS } from "@/lib/assets/validate/email";
import { isSentenceFragment } from "@/lib/assets/validate/sentence-fragments";
import { joinPieces, mergeCitations, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { capitalizeFirst, packTexts } from "./fit-text";
import { attributeSentences, attributeSummary, offerSentence, sentencePiece } from "./product-copy";
import type { RankedSentence } from "./rank-sentences";
import { topicGroups } from "./seo-outline";
import { shortSubject } from "./subject-copy";

// One paragraph per section: about three sentences, well under the 150-word warning.
const BODY_MAX = 480;
const MAX_SECTIONS = 4;
const HEADING_SUBJECT_MAX = 50;

/**
 * "Herbst-Lichtaktion: Frontlichter für Pedelecs" → "Frontlichter für Pedelecs": a single word
 * and a colon at the start of a subject or heading reads as a list label ("Material: …"), not as
 * a line an inbox shows. A marketer's topic often has that form; the part after the colon is kept.
 */
export function withoutListLabel(candidate: CitedPiece): CitedPiece {
  const match = /^[\p{L}][\p{L}_-]*:\s+(\S.*)$/u.exec(candidate.text);
  return match ? piece(capitalizeFirst(match[1]!), candidate.citations) : candidate;
}

function packedBody(sentences: readonly RankedSentence[], limit: number): CitedPiece | null {
  const packed = packTexts(sentences.map(sentencePiece), BODY_MAX, { limit });
  if (packed.length > 0) return joinPieces(packed);
  // Only sentences longer than a paragraph: the best one, cut by finish().
  const first = sentences[0];
  return first ? sentencePiece(first) : null;
}

function section(facts: FactBase, heading: CitedPiece, body: CitedPiece | null): EmailSection | null {
  if (!body) return null;
  const finishedBody = facts.finish(body, { max: BODY_MAX, cut: true, cutMark: "…" });
  // A template heading ("Materials and features") rests on the facts of its section.
  const finishedHeading = facts.finish(withoutListLabel(piece(heading.text, heading.citations.length > 0 ? heading.citations : (finishedBody?.citations ?? []))), { max: EMAIL_LIMITS.heading.softMax });
  if (!finishedBody || !finishedHeading || isSentenceFragment(finishedHeading.text, facts.language)) return null;
  return { heading: finishedHeading, body: finishedBody };
}

/**
 * Two to four sections from the ranked source sentences, grouped by topic as the SEO outline
 * groups them: the product at a glance (its own description), its materials and features (the
 * feed's attributes and price), then one section per other topic the sources cover (care guide,
 * about page) under that source's own heading. `used` holds sentences the subject or preheader
 * already state: they are not repeated in the body while other sentences can fill it.
 */
export function emailSections(facts: FactBase, used: ReadonlySet<string>): EmailSection[] {
  const fresh = (sentences: readonly RankedSentence[]) => {
    const unused = sentences.filter((sentence) => !used.has(sentence.text));
    return unused.length > 0 ? unused : sentences;
  };
  const sections: (EmailSection | null)[] = [];
  const product = facts.product;
  const subject = shortSubject(facts, HEADING_SUBJECT_MAX);
  if (product) {
    const own = facts.sentences.filter((sentence) => product.chunkIds.includes(sentence.sourceId));
    if (subject && own.length > 0) sections.push(section(facts, piece(facts.phrases.atAGlance(subject.text), subject.citations), packedBody(fresh(own), 3)));
    const features = attributeSentences(facts, { withPrice: true });
    if (features) sections.push(section(facts, piece(facts.phrases.featuresHeading, features.citations), features));
  }
  for (const group of topicGroups(facts)) {
    if (sections.filter(Boolean).length >= MAX_SECTIONS) break;
    const heading = group.heading ?? (subject && !product ? piece(facts.phrases.atAGlance(subject.text), subject.citations) : null);
    if (heading) sections.push(section(facts, heading, packedBody(fresh(group.sentences), 2)));
  }
  const written = sections.filter((entry): entry is EmailSection => entry !== null).slice(0, MAX_SECTIONS);
  if (written.length > 0 || !subject) return withCampaignOffer(facts, written);
  // Nothing grouped (a product chunk with facts but no description): one section over the facts.
  const fallback = section(facts, piece(facts.phrases.atAGlance(subject.text), subject.citations), attributeSummary(facts, BODY_MAX) ?? offerSentence(facts));
  return withCampaignOffer(facts, fallback ? [fallback] : []);
}

/**
 * A campaign e-mail opens with its offer: the subject names the code, the first section states it
 * whole (code, value, end date) as its own first paragraph, so a reader who opens the e-mail
 * (many clients hide the preheader) reads the terms before the product.
 */
function withCampaignOffer(facts: FactBase, sections: EmailSection[]): EmailSection[] {
  const offer = facts.offer?.fromCampaign ? facts.finish(facts.offer.sentence) : null;
  const [first, ...rest] = sections;
  if (!offer || !first || first.body.text.includes(offer.text)) return sections;
  const body = { text: `${offer.text}\n\n${first.body.text}`, citations: mergeCitations(offer.citations, first.body.citations) };
  return [{ ...first, body }, ...rest];
}
