import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import { hasOffer, readBriefOffer, statesCode, statesDate, statesValue } from "@/lib/assets/generate/omissions/brief-offer";
import { formatOfferDate, type GroundedOffer } from "@/lib/campaigns/offer-facts";
import type { Language } from "@/lib/rag/text/tokenize";
import { piece, type CitedPiece } from "./cited-piece";
import type { Phrases } from "./phrases";
import type { RankedSentence } from "./rank-sentences";

export type OfferCopy = {
  /** A sentence stating the offer: the source's own when it states every grounded part, else a template over its facts. */
  sentence: CitedPiece;
  /** The same offer in the template's few words, for a field too short for the source's sentence; null when `sentence` is it. */
  compact: CitedPiece | null;
  /** "Code AUTUMN15" for short fields (headlines, the Meta description). */
  short: CitedPiece | null;
  /** True for a campaign's offer (given facts), which page copy states in its intro too. */
  fromCampaign?: boolean;
};

/**
 * A campaign's offer as copy: code, value and end date all from the campaign (the end date in the
 * language's form, "31.05.2027" / "31 May 2027"), so every part is stated, none invented. The
 * facts need no source; the copy cites `citations` (the best-matching source) because every text
 * of an asset cites one, and the grounding gate lets the offer's own numbers through.
 */
export function campaignOfferCopy(offer: GroundedOffer, options: { phrases: Phrases; language: Language; citations: readonly string[] }): OfferCopy | null {
  if (options.citations.length === 0) return null;
  const end = formatOfferDate(offer.validUntil, options.language);
  return {
    sentence: piece(options.phrases.campaignOffer(offer.code, offer.value.trim(), end), options.citations),
    compact: null,
    short: piece(options.phrases.codeShort(offer.code), options.citations),
    fromCampaign: true,
  };
}

/**
 * The offer the brief's goal names, as copy, or null when the goal names none or no source
 * states it. A code must appear in a quoted source, word for word; value and end date come along
 * only when the source that names the code (or, without a code, any source) states them. The
 * source's own sentence is preferred, as it is already in the brand's words, but only when it
 * states every part the source grounds: an ad that names the code and drops the end date the goal
 * asked for tells half the offer. Otherwise the template states them all.
 */
export function offerCopy(options: { goal: string; sources: readonly QuotedSource[]; sentences: readonly RankedSentence[]; phrases: Phrases }): OfferCopy | null {
  const offer = readBriefOffer(options.goal);
  if (!hasOffer(offer)) return null;
  const { code, value, endDate } = offer;
  const states = (text: string) => (code ? statesCode(text, code) : value !== null && statesValue(text, value));
  const source = options.sources.find((candidate) => states(candidate.text));
  if (!source) return null;
  const groundedValue = value && statesValue(source.text, value) ? value : null;
  const groundedEnd = endDate ? (statesDate(source.text, endDate)?.text ?? null) : null;
  const statesAll = (text: string) => states(text) && (groundedValue === null || statesValue(text, groundedValue)) && (endDate === null || groundedEnd === null || statesDate(text, endDate) !== null);
  const own = options.sentences.find((sentence) => statesAll(sentence.text));
  const citation = own?.sourceId ?? source.id;
  const short = code ? piece(options.phrases.codeShort(code), [citation]) : null;
  const template = code || groundedValue ? piece(code ? options.phrases.offerCode(code, groundedValue, groundedEnd) : options.phrases.offerValue(groundedValue!, groundedEnd), [source.id]) : null;
  if (own) return { sentence: piece(own.text, [own.sourceId]), compact: template, short };
  return template ? { sentence: template, compact: null, short } : null;
}
