import type { ArticleParagraph, ArticleSection } from "@/lib/assets/schemas/article";
import type { CitedText } from "@/lib/assets/schemas/cited-text";
import { ARTICLE_LIMITS } from "@/lib/assets/validate/article";
import { countWords } from "@/lib/assets/validate/word-count";
import { EMPTY_TEXT, joinPieces, piece, type CitedPiece } from "./cited-piece";
import type { FactBase } from "./fact-base";
import { packTexts } from "./fit-text";
import { attributeSentences, attributeSummary, offerSentence, sentencePiece } from "./product-copy";
import type { RankedSentence } from "./rank-sentences";
import { topicGroups } from "./seo-outline";
import { shortSubject } from "./subject-copy";

const LEAD_MAX = 400;
const MAX_SECTIONS = 8;
const PARAGRAPH_MAX_SENTENCES = 4;
const PARAGRAPH_MAX_CHARS = 700;
const HEADING_SUBJECT_MAX = 50;

type Plan = { heading: CitedPiece; paragraphs: CitedPiece[] };

/** The article's prose: the lead, then sections in the outline's order. */
export type ArticleBody = { lead: CitedText; sections: ArticleSection[] };

/**
 * Sentences in the order the source states them, cut into paragraphs: a new paragraph where the
 * source changes, where a question the source asks itself begins ("Wie wasche ich …? Wasche sie
 * bei 30 °C …", the question opening its answer) and after four sentences.
 */
function paragraphsOf(facts: FactBase, sentences: readonly RankedSentence[]): CitedPiece[] {
  const questionBefore = new Map(facts.faqs.map((faq) => [faq.answer[0]!.order, faq.question]));
  const paragraphs: CitedPiece[][] = [];
  let current: CitedPiece[] = [];
  let source: string | null = null;
  for (const sentence of [...sentences].sort((a, b) => a.order - b.order)) {
    const question = questionBefore.get(sentence.order);
    const length = current.reduce((sum, part) => sum + part.text.length + 1, 0);
    if (current.length > 0 && (question || sentence.sourceId !== source || current.length >= PARAGRAPH_MAX_SENTENCES || length + sentence.text.length > PARAGRAPH_MAX_CHARS)) {
      paragraphs.push(current);
      current = [];
    }
    if (question) current.push(piece(question.text, [question.sourceId]));
    current.push(sentencePiece(sentence));
    source = sentence.sourceId;
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs.map((parts) => joinPieces(parts));
}

/**
 * The lead: the best sentence, with the next best beside it when both are plain statements (the
 * variant's order, as rank-sentences rotates them). When the best sentence answers a question the
 * source asks, the lead is that whole question and answer: "Wasche sie bei 30 °C" needs its
 * question to say what "sie" is. A product without a description opens with its price, else
 * with its attributes.
 */
function leadOf(facts: FactBase): { lead: CitedPiece | null; used: ReadonlySet<number>; saidPrice: boolean } {
  const faqByAnswer = new Map(facts.faqs.flatMap((faq) => faq.answer.map((answer) => [answer.order, faq] as const)));
  const [best, ...rest] = facts.sentences;
  const faq = best ? faqByAnswer.get(best.order) : undefined;
  if (faq) {
    const lead = joinPieces([faq.question, ...faq.answer].map((sentence) => piece(sentence.text, [sentence.sourceId])));
    return { lead, used: new Set(faq.answer.map((answer) => answer.order)), saidPrice: false };
  }
  if (best) {
    const next = rest.find((sentence) => !faqByAnswer.has(sentence.order));
    const packed = packTexts([best, ...(next && facts.sentences.length > 3 ? [next] : [])], LEAD_MAX);
    const chosen = packed.length > 0 ? packed : [best];
    return { lead: joinPieces(chosen.map(sentencePiece)), used: new Set(chosen.map((sentence) => sentence.order)), saidPrice: false };
  }
  const offer = offerSentence(facts);
  return { lead: offer ?? attributeSummary(facts, LEAD_MAX), used: new Set(), saidPrice: offer !== null };
}

/**
 * Section plans in reading order, before the word cap: the product at a glance (its own
 * description) and its materials and features, then one section per source topic, ordered by
 * its best sentence and headed by the source's own heading (seo-outline.ts groups them the same
 * way for the SEO page's outline). Every sentence appears once.
 */
function sectionPlans(facts: FactBase, used: ReadonlySet<number>, saidPrice: boolean): Plan[] {
  const unused = (sentences: readonly RankedSentence[]) => sentences.filter((sentence) => !used.has(sentence.order));
  const plans: Plan[] = [];
  const product = facts.product;
  const subject = shortSubject(facts, HEADING_SUBJECT_MAX);
  if (product) {
    const own = unused(facts.sentences.filter((sentence) => product.chunkIds.includes(sentence.sourceId)));
    if (subject && own.length > 0) plans.push({ heading: piece(facts.phrases.atAGlance(subject.text), subject.citations), paragraphs: paragraphsOf(facts, own) });
    const features = attributeSentences(facts, { withPrice: !saidPrice });
    if (features) plans.push({ heading: piece(facts.phrases.featuresHeading, features.citations), paragraphs: [features] });
  }
  for (const group of topicGroups(facts)) {
    for (const part of byProduct(unused(group.sentences))) {
      // Off-topic passages retrieval brought along (score 0) do not make a section of their own.
      if (!part.sentences.some((sentence) => sentence.score > 0)) continue;
      // A product's description stands under the product's name; other prose without a topic under the article's subject.
      const heading = group.heading ?? (part.productName ? piece(part.productName, [part.sentences[0]!.sourceId]) : null) ?? (subject && !product ? piece(facts.phrases.atAGlance(subject.text), subject.citations) : null);
      if (heading) plans.push({ heading, paragraphs: paragraphsOf(facts, part.sentences) });
    }
  }
  return plans.slice(0, MAX_SECTIONS);
}

/** A topic's sentences split by the product whose description holds them (null: prose pages), in first-seen order. */
function byProduct(sentences: readonly RankedSentence[]): { productName: string | null; sentences: RankedSentence[] }[] {
  const parts = new Map<string, { productName: string | null; sentences: RankedSentence[] }>();
  for (const sentence of sentences) {
    const key = sentence.productName ?? "";
    const part = parts.get(key) ?? { productName: sentence.productName, sentences: [] };
    part.sentences.push(sentence);
    parts.set(key, part);
  }
  return [...parts.values()];
}

/**
 * An article restates what the brand publishes: its prose comes from sources with a URL (web
 * pages, product pages). Campaign briefs and uploads without one hold planning prose ("Goals:
 * 1,800 first orders during the campaign") that ads may take a fact from but a blog must not
 * print; their sentences are used only when no published source says anything. An offer the
 * brief's goal names still comes from wherever a source states it (offer-copy.ts); a campaign's
 * offer never reaches an article (evergreen content, campaign-offer-omissions.ts).
 */
function publishedProse(facts: FactBase): FactBase {
  const published = new Set(facts.sources.filter((source) => source.url !== null && source.url.trim() !== "").map((source) => source.id));
  const sentences = facts.sentences.filter((sentence) => published.has(sentence.sourceId));
  return sentences.length > 0 ? { ...facts, sentences } : facts;
}

function finishParagraph(facts: FactBase, paragraph: CitedPiece, suffix = ""): ArticleParagraph | null {
  const finished = facts.finish(paragraph, suffix === "" ? {} : { suffix });
  return finished ? { transition: false, ...finished } : null;
}

/**
 * Lead and sections from the ranked sources, every paragraph a run of source sentences with
 * their chunks as citations, so every paragraph is factual and cited: the local writer never
 * writes transitions, which would be words of its own. It stops before a paragraph would take
 * the body past 2,000 words. Below 800 words it does not pad: the validator's warning says how
 * much the sources hold (validate/article.ts). The channel's disclaimers close the last paragraph.
 */
export function articleBody(allFacts: FactBase): ArticleBody {
  if (!allFacts.hasFacts) return { lead: EMPTY_TEXT, sections: [] };
  const facts = publishedProse(allFacts);
  const { lead: leadPiece, used, saidPrice } = leadOf(facts);
  const lead = leadPiece ? facts.finish(leadPiece) : null;
  let words = countWords(lead?.text ?? "");
  const budget = ARTICLE_LIMITS.words.max - countWords(facts.policy.disclaimers.join(" "));

  const sections: { heading: CitedText; paragraphs: CitedPiece[] }[] = [];
  for (const plan of sectionPlans(facts, used, saidPrice)) {
    const paragraphs: CitedPiece[] = [];
    for (const paragraph of plan.paragraphs) {
      const count = countWords(paragraph.text);
      if (words + count > budget) break;
      paragraphs.push(paragraph);
      words += count;
    }
    if (paragraphs.length === 0) break;
    // A template heading ("Materials and features") rests on the facts of its section.
    const heading = facts.finish(plan.heading.citations.length > 0 ? plan.heading : piece(plan.heading.text, joinPieces(paragraphs).citations));
    if (heading) sections.push({ heading, paragraphs });
    if (paragraphs.length < plan.paragraphs.length) break;
  }

  const offer = facts.offer?.sentence;
  const said = [lead?.text ?? "", ...sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.text))].join("\n");
  const last = sections.at(-1);
  if (offer && last && !said.includes(offer.text) && words + countWords(offer.text) <= budget) last.paragraphs.push(offer);

  const disclaimers = facts.policy.disclaimers.join(" ");
  const finished = sections
    .map((section, sectionIndex) => ({
      heading: section.heading,
      paragraphs: section.paragraphs
        .map((paragraph, index) => {
          const isLast = sectionIndex === sections.length - 1 && index === section.paragraphs.length - 1;
          return finishParagraph(facts, paragraph, isLast ? disclaimers : "");
        })
        .filter((paragraph): paragraph is ArticleParagraph => paragraph !== null),
    }))
    .filter((section) => section.paragraphs.length > 0);
  // Without a section (a source with one sentence) the disclaimers close the lead instead.
  const closedLead = finished.length === 0 && leadPiece && disclaimers !== "" ? facts.finish(leadPiece, { suffix: disclaimers }) : lead;
  return { lead: closedLead ?? EMPTY_TEXT, sections: finished };
}
