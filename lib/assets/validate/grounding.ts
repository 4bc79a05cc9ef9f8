import type { Asset } from "@/lib/assets/schemas/asset";
import { withoutDisclaimers } from "@/lib/assets/brand/disclaimer-conditions";
import { findStatedCodes, statesCode } from "@/lib/assets/generate/omissions/brief-offer";
import { citedFields } from "./cited-fields";
import { error, quote } from "./issues";
import type { GroundedOffer } from "@/lib/campaigns/offer-facts";
import { extractNumbers, numbersMatch, type ExtractedNumber } from "./numbers";
import { findCodeLikeTokens, offerGrounding } from "./offer-grounding";
import type { ValidationIssue } from "./types";

export type GroundingContext = {
  /** Chunk id → chunk text, for every chunk the generator was given. */
  chunks: ReadonlyMap<string, string>;
  /**
   * Values the marketer typed into the brief and the output holds as they were (a contact's phone
   * number, restored from its placeholder): given, not claimed, so the numbers and codes in them
   * need no source.
   */
  suppliedValues?: readonly string[];
  /**
   * The offers of the asset's campaign it may state (offer-grounding.ts says how much of them is
   * given); null or missing for an asset outside a campaign. Inside one, every token that looks
   * like a discount code counts as a code, introduced by "Code" or not.
   */
  campaignOffers?: readonly GroundedOffer[] | null;
  /**
   * The brand's required disclaimers: text the brand mandates, not a claim from the sources, so a
   * number inside one (a standard's name, "EN 13537", "ISO 811") needs no source.
   */
  disclaimerTexts?: readonly string[];
};

/**
 * Every factual text must cite at least one known chunk, and every number it states must
 * appear in one of the chunks it cites. A discount code it states must appear word for word in a
 * cited chunk or the campaign's offer: a code that does not exist at checkout is worse than none.
 * A field whose citations are all missing or unknown is reported for that, not additionally for
 * each number. A campaign offer's facts are given only as offer-grounding.ts allows.
 */
export function checkGrounding(asset: Asset, context: GroundingContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const supplied = (context.suppliedValues ?? []).flatMap((value) => extractNumbers(value));
  const numbersByChunk = new Map<string, ExtractedNumber[]>();
  const numbersOf = (chunkId: string, text: string) => {
    let numbers = numbersByChunk.get(chunkId);
    if (!numbers) {
      numbers = extractNumbers(text);
      numbersByChunk.set(chunkId, numbers);
    }
    return numbers;
  };

  for (const field of citedFields(asset)) {
    field.citations.forEach((chunkId, index) => {
      if (!context.chunks.has(chunkId)) {
        issues.push(error(`${field.citationsPath}[${index}]`, "grounding.unknown_citation", `${field.label} cites ${quote(chunkId)}, which is not one of the provided sources; cite only given chunk ids.`, { code: "unknownCitation", params: { chunkId } }));
      }
    });
    if (!field.factual || field.text.trim() === "") continue;
    if (field.citations.length === 0) {
      issues.push(error(field.citationsPath, "grounding.missing_citation", `${field.label} has no citation; cite the source chunk that supports it.`, { code: "missingCitation" }));
      continue;
    }

    const sources = field.citations.flatMap((chunkId) => {
      const text = context.chunks.get(chunkId);
      return text === undefined ? [] : [{ chunkId, numbers: numbersOf(chunkId, text) }];
    });
    if (sources.length === 0) continue;
    const reported = new Set<string>();
    const claimed = withoutDisclaimers(field.text, context.disclaimerTexts ?? []);
    const offers = context.campaignOffers ?? [];
    const citedTexts = field.citations.map((chunkId) => context.chunks.get(chunkId) ?? "");
    const codes = new Set([...findStatedCodes(claimed), ...(context.campaignOffers ? findCodeLikeTokens(claimed) : [])]);
    for (const code of codes) {
      const stated = (text: string) => statesCode(text, code);
      if (citedTexts.some(stated) || (context.suppliedValues ?? []).some(stated) || offers.some((offer) => offer.code === code)) continue;
      const cited = sources.map((source) => source.chunkId).join(", ");
      const known = offers.length > 0 ? ` nor is it the campaign's offer code (${offers.map((offer) => offer.code).join(", ")})` : "";
      issues.push(error(field.path, "grounding.unsupported_code", `${field.label} states the discount code ${quote(code)}, which its cited sources (${cited}) do not state${known}; a code that may not exist at checkout must not be used.`, { code: "unsupportedCode", params: { code, cited } }));
    }
    const fromOffers = offerGrounding(claimed, offers, citedTexts);
    for (const { text, offer } of fromOffers.wrongDates) {
      issues.push(error(field.path, "grounding.offer_date", `${field.label} states ${quote(text)}, but the offer ${offer.code} ends on ${offer.validUntil}; write its end date with the right year, or remove the date.`, { code: "offerDate", params: { text, offer: offer.code, validUntil: offer.validUntil } }));
    }
    for (const number of extractNumbers(claimed)) {
      if (reported.has(number.raw)) continue;
      if (sources.some((source) => source.numbers.some((candidate) => numbersMatch(number, candidate)))) continue;
      // As written, not by value: "030" from a phone number must not back a claimed "30 %".
      if (supplied.some((candidate) => candidate.raw === number.raw)) continue;
      if (fromOffers.excuses(number)) continue;
      reported.add(number.raw);
      const cited = sources.map((source) => source.chunkId).join(", ");
      // An offer's own number out of place: say where it may stand, so a repair moves it rather than drops the offer.
      const offer = offers.find((candidate) => [...extractNumbers(candidate.value), ...extractNumbers(candidate.conditions)].some((fact) => numbersMatch(number, fact)));
      const hint = offer ? ` The offer ${offer.code}'s value and conditions may be stated only in a sentence that names its code or its end date.` : "";
      issues.push(error(field.path, "grounding.unsupported_number", `${field.label} states ${quote(number.raw)}, which does not appear in its cited sources (${cited}); cite the chunk that states it or remove it.${hint}`, { code: "unsupportedNumber", params: { number: number.raw, cited } }));
    }
  }
  return issues;
}
