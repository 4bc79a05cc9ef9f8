import type { QuotedSource } from "@/lib/ai/local-models/extractive/read-prompt";
import type { PromptBrief } from "@/lib/assets/generate/brief";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";
import type { SourceSentence } from "./source-sentences";

export type RankedSentence = SourceSentence & { score: number };

/** Stemmed terms of what the brief is about; both languages, since sources may be in either. */
export function briefTerms(brief: PromptBrief): Record<Language, ReadonlySet<string>> {
  const text = [...brief.keywords, brief.topic, brief.product?.title ?? "", brief.product?.category ?? "", brief.audience].join(" ");
  return { de: new Set(tokenizeForSearch(text, "de")), en: new Set(tokenizeForSearch(text, "en")) };
}

// A sentence from the product's own description is about the subject even when it does not
// repeat its name ("It weighs 420 g."): worth about one matching term.
const OWN_PRODUCT_BONUS = 0.5;

// A topic brief (a service, a policy) is answered by its measurable facts: how long a repair
// takes, how many days to return. Such a sentence is worth about one matching term more.
const SERVICE_FACT_BONUS = 0.75;
const NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|thirty|ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|vierzehn|dreißig";
const MEASURED_FACT = new RegExp(
  `(?:\\d|\\b(?:${NUMBER_WORDS})\\b)\\s*(?:working |business |calendar )?(?:days?|weeks?|hours?|months?|years?|(?:Werk|Arbeits|Kalender)?tage?n?|wochen?|stunden?|monate?n?|jahre?n?|%|€|eur|g|kg|mm|cm|m)(?!\\p{L})`,
  "iu",
);

/** States a quantity or a duration: "A repair takes ten working days." */
export function statesMeasuredFact(text: string): boolean {
  return MEASURED_FACT.test(text);
}

// Per brief term the whole passage (title included) shares with the brief.
const PASSAGE_TERM_WEIGHT = 0.25;

/**
 * How much the whole passage is about the brief: a care guide that says "hardshell" and "care"
 * somewhere lifts its washing instructions above an about page that merely mentions jackets.
 */
function passageScore(source: QuotedSource, terms: ReadonlySet<string>, language: Language): number {
  const own = new Set(tokenizeForSearch(`${source.title} ${source.section ?? ""} ${source.text}`, language));
  let overlap = 0;
  for (const term of own) if (terms.has(term)) overlap++;
  return PASSAGE_TERM_WEIGHT * overlap;
}

/**
 * A sentence under a heading that matches the brief ("Care guide" for a care topic) is on
 * topic even when it does not repeat the words; worth half of what its own words are.
 */
function headingScore(sentence: SourceSentence, terms: ReadonlySet<string>): number {
  const heading = new Set(tokenizeForSearch(sentence.heading, sentence.language));
  let overlap = 0;
  for (const term of heading) if (terms.has(term)) overlap++;
  return overlap === 0 ? 0 : (0.5 * overlap) / Math.sqrt(heading.size);
}

/**
 * Sentences ordered by relevance to the brief: the stemmed terms a sentence shares with it
 * (with the extractive answer's mild length normalisation), smaller shares for its heading and
 * its whole passage, and a bonus for the product's own description; ties keep prompt order.
 * Only sentences in the brief's language are ranked: a German ad never quotes an English care
 * guide. With none, the writers say so in an omission note instead of writing in another language.
 */
export function rankSentences(sentences: readonly SourceSentence[], brief: PromptBrief, sources: readonly QuotedSource[], productChunkIds: readonly string[]): RankedSentence[] {
  const terms = briefTerms(brief);
  const sourceScores = new Map<string, number>();
  const sourceScore = (sentence: SourceSentence) => {
    let score = sourceScores.get(sentence.sourceId);
    if (score === undefined) {
      const source = sources.find((candidate) => candidate.id === sentence.sourceId);
      score = source ? passageScore(source, terms[sentence.language], sentence.language) : 0;
      sourceScores.set(sentence.sourceId, score);
    }
    return score;
  };
  const ranked = sentences
    .filter((sentence) => sentence.language === brief.language)
    .map((sentence) => {
      const own = new Set(tokenizeForSearch(sentence.text, sentence.language));
      let overlap = 0;
      for (const term of own) if (terms[sentence.language].has(term)) overlap++;
      const bonus = (productChunkIds.includes(sentence.sourceId) ? OWN_PRODUCT_BONUS : 0) + (brief.product === null && statesMeasuredFact(sentence.text) ? SERVICE_FACT_BONUS : 0);
      return { ...sentence, score: overlap / Math.sqrt(Math.max(own.size, 1)) + bonus + headingScore(sentence, terms[sentence.language]) + sourceScore(sentence) };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order);
  return rotateForVariant(ranked, brief.variant ?? 0);
}

/**
 * Variant n lets the sentences after the n best lead and sends those n to the back of the
 * on-topic ones (score > 0): the copy changes, yet it is still built from relevant, cited sentences,
 * and the writers' gates (brand, length, grounding) apply as for the first variant.
 */
export function rotateForVariant<T extends { score: number }>(ranked: readonly T[], variant: number): T[] {
  const onTopic = ranked.filter((sentence) => sentence.score > 0).length;
  const shift = Math.min(variant, Math.max(onTopic - 1, 0));
  if (shift === 0) return [...ranked];
  return [...ranked.slice(shift, onTopic), ...ranked.slice(0, shift), ...ranked.slice(onTopic)];
}

/**
 * Variant n of a list of candidates whose order decides what is taken (an ad's headline queue):
 * the first `window` entries (the strong ones) are rotated by n, so a variant leads with other
 * good candidates instead of reaching for the weak tail; the rest keeps its order behind them.
 */
export function rotateCandidates<T>(candidates: readonly T[], variant: number, window = candidates.length): T[] {
  const head = candidates.slice(0, Math.min(window, candidates.length));
  if (head.length < 2 || variant <= 0) return [...candidates];
  const shift = variant % head.length;
  return [...head.slice(shift), ...head.slice(0, shift), ...candidates.slice(head.length)];
}
