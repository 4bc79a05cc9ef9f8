import type { ExtractiveInput, QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { Omission } from "@/lib/assets/schemas/omission";
import { briefOmissions, missingLanguageOmission } from "@/lib/assets/generate/omissions/brief-omissions";
import { mergeOmissions } from "@/lib/assets/generate/omissions/merge-omissions";
import { containsTerm } from "@/lib/assets/validate/term-match";
import type { Language } from "@/lib/rag/text/tokenize";
import { createBrandPolicy, type BrandPolicy } from "./brand-policy";
import { piece, type CitedPiece } from "./cited-piece";
import { createCopyGate, type CopyGate } from "./copy-gate";
import { capitalizeFirst, normalizeSpaces } from "./fit-text";
import { createGroundingGate } from "./grounding-gate";
import { PHRASES, type Phrases } from "./phrases";
import { campaignOfferCopy, offerCopy, type OfferCopy } from "./offer-copy";
import { offerFactTexts } from "@/lib/campaigns/offer-facts";
import { campaignOfferOmissions, statesCampaignOffer } from "@/lib/assets/generate/omissions/campaign-offer-omissions";
import { toCopyAttribute } from "./copy-attributes";
import { formatPrice } from "./price-format";
import { findProductFacts, parseProductChunk, type ParsedProductChunk, type ProductFacts } from "./product-facts";
import { readPromptBrief } from "./read-brief";
import { rankSentences, type RankedSentence } from "./rank-sentences";
import { extractSentences, isStyleGuide, type SourceFaq } from "./source-sentences";

/** A product attribute as copy may state it; `key` is "" when the value carries its own unit ("70 lux"). */
export type CitedAttribute = { key: string; value: string; citations: string[] };

/** Everything a writer may say, already filtered by the brand rules, plus the gate copy passes. */
export type FactBase = {
  brief: PromptBrief;
  language: Language;
  phrases: Phrases;
  brand: string;
  sources: readonly QuotedSource[];
  policy: BrandPolicy;
  product: ProductFacts | null;
  /** The product name, or for topic pages the topic: what headlines and titles are about. */
  subject: CitedPiece | null;
  categoryLeaf: CitedPiece | null;
  /** Formatted for the brief's language ("349 €" / "€349"). */
  price: CitedPiece | null;
  attributes: CitedAttribute[];
  /** Statements, best first. */
  sentences: RankedSentence[];
  /** Questions the sources ask (FAQ headings), best first. */
  questions: RankedSentence[];
  faqs: SourceFaq[];
  /** Whether anything at all can be said: with nothing, writers return minimal assets. */
  hasFacts: boolean;
  /** Citations for copy made of template words and the brand name only: the best-matching source. */
  fallbackCitations: string[];
  /** The campaign's offer (given facts), else the offer the brief's goal names when a source states it (its code word for word). */
  offer: OfferCopy | null;
  /** What the brief asked for that this asset leaves out, and why. */
  omissions: Omission[];
  /** Brand rules, limit and grounding applied to one candidate; null when it cannot be used. */
  finish: CopyGate;
};

/**
 * Without the product's own chunk the product can still be named when a retrieved passage
 * names it (a blog post, a comparison): that passage is the citation. Otherwise it stays unnamed.
 */
function namedInProse(sources: readonly QuotedSource[], brief: PromptBrief, usable: (text: string, sourceId: string) => CitedPiece | null): CitedPiece | null {
  const title = brief.product?.title.trim() ?? "";
  if (title === "") return null;
  const naming = sources.find((source) => !isStyleGuide(source) && containsTerm(source.text, title));
  return naming ? usable(title, naming.id) : null;
}

/**
 * The marketer's topic names the page, but a number in it ("Winter 2026") is a claim like any
 * other: words with a number no source states are left out ("Winter").
 */
function groundedTopic(topic: string, isGrounded: (text: string) => boolean): string {
  if (isGrounded(topic)) return topic;
  return topic
    .split(" ")
    .filter((word) => !/\p{N}/u.test(word) || isGrounded(word))
    .join(" ");
}

export function buildFactBase(input: ExtractiveInput, kind: AssetKind): FactBase {
  const brief = readPromptBrief(input.brief, kind);
  const language = brief.language;
  const policy = createBrandPolicy(brief.brandRules, kind, language, { category: brief.product?.category ?? null, factsText: input.sources.filter((source) => !isStyleGuide(source)).map((source) => source.text).join("\n") });
  // A campaign's offer is given: its code, value and end date need no source (only those strings).
  const offerTexts = brief.offer ? offerFactTexts(brief.offer) : [];
  const ground = createGroundingGate(new Map(input.sources.map((source) => [source.id, source.text])), offerTexts);

  const parsedProducts = new Map<string, ParsedProductChunk>();
  for (const source of input.sources) {
    const parsed = parseProductChunk(source);
    if (parsed) parsedProducts.set(source.id, parsed);
  }
  const product = findProductFacts([...parsedProducts.values()], brief.product?.title ?? null);

  // Another product's description is about that product; for a product brief it is left out.
  const extracted = extractSentences(input.sources, parsedProducts);
  const polishSentence = <T extends { text: string }>(sentence: T): T | null => {
    const text = policy.polish(sentence.text);
    return policy.allows(text) ? { ...sentence, text } : null;
  };
  const relevant = extracted.sentences
    .filter((sentence) => brief.product === null || sentence.productName === null || (product?.chunkIds.includes(sentence.sourceId) ?? false))
    .map(polishSentence)
    .filter((sentence) => sentence !== null);
  const ranked = rankSentences(relevant, brief, input.sources, product?.chunkIds ?? []);
  const sentences = ranked.filter((sentence) => !sentence.isQuestion);
  const questions = ranked.filter((sentence) => sentence.isQuestion);
  const rank = new Map(ranked.map((sentence, index) => [sentence.order, index]));
  const faqs = extracted.faqs
    .map((faq) => {
      const question = polishSentence(faq.question);
      const answer = faq.answer.map(polishSentence);
      return question && answer.every((sentence) => sentence !== null) && rank.has(question.order) ? { question, answer } : null;
    })
    .filter((faq) => faq !== null)
    .sort((a, b) => rank.get(a.question.order)! - rank.get(b.question.order)!);

  const usableFact = (text: string, sourceId: string): CitedPiece | null => {
    const polished = normalizeSpaces(policy.polish(text));
    return polished !== "" && policy.allows(polished) ? piece(polished, [sourceId]) : null;
  };
  const name = product ? usableFact(product.name, product.nameSourceId) : namedInProse(input.sources, brief, usableFact);
  const leafText = product?.categoryPath[product.categoryPath.length - 1];
  const categoryLeaf = product && leafText && product.categorySourceId ? usableFact(leafText, product.categorySourceId) : null;
  const price = product?.price ? piece(formatPrice(product.price, language, policy.priceFormat), [product.price.sourceId]) : null;
  const attributes = (product?.attributes ?? [])
    .map((attribute) => {
      const copy = toCopyAttribute(attribute.key, attribute.value, { brand: brief.brandName, language });
      if (!copy) return null;
      const key = copy.key === "" ? piece("", []) : usableFact(copy.key, attribute.sourceId);
      const value = usableFact(copy.value, attribute.sourceId);
      return key && value ? { key: key.text, value: value.text, citations: [attribute.sourceId] } : null;
    })
    .filter((attribute) => attribute !== null);

  const topSourceId = sentences[0]?.sourceId ?? product?.nameSourceId ?? input.sources[0]?.id;
  const fallbackCitations = topSourceId ? [topSourceId] : [];
  const hasFacts = sentences.length > 0 || name !== null || attributes.length > 0 || price !== null;
  const topic = groundedTopic(normalizeSpaces(policy.polish(brief.topic)), (text) => ground(text, fallbackCitations) !== null);
  const subject = name ?? (hasFacts && topic !== "" && policy.allows(topic) ? piece(capitalizeFirst(topic), fallbackCitations) : null);

  const finish = createCopyGate(policy, ground, language, fallbackCitations);
  // A brand guide may quote a code as an example; only content sources can ground an offer.
  const factSources = input.sources.filter((source) => !isStyleGuide(source));

  // Sentences exist only in another language: say so rather than write from them.
  const otherLanguageOnly = ranked.length === 0 && relevant.some((sentence) => sentence.language !== language);
  const field = brief.product ? `Copy about ${brief.product.title}` : `Copy about "${brief.topic}"`;
  const omissions = mergeOmissions(
    briefOmissions(brief, [...factSources.map((source) => source.text), ...offerTexts]),
    otherLanguageOnly ? [missingLanguageOmission(language, field)] : [],
    campaignOfferOmissions(kind, brief.offer, language),
  );

  return {
    brief,
    language,
    phrases: PHRASES[language],
    brand: normalizeSpaces(brief.brandName),
    sources: input.sources,
    policy,
    product,
    subject,
    categoryLeaf,
    price,
    attributes,
    sentences,
    questions,
    faqs,
    hasFacts,
    fallbackCitations,
    finish,
    // Feed copy and articles leave a campaign's offer out (campaign-offer-omissions.ts says why).
    offer: brief.offer
      ? statesCampaignOffer(kind)
        ? campaignOfferCopy(brief.offer, { phrases: PHRASES[language], language, citations: fallbackCitations })
        : null
      : offerCopy({ goal: brief.goal, sources: factSources, sentences, phrases: PHRASES[language] }),
    omissions,
  };
}
