import { splitSentences } from "@/lib/ai/local-models/extractive/sentences";
import type { Language } from "@/lib/rag/text/tokenize";

// German writes day numbers as ordinals with a full stop ("bis zum 30. November", "am 1. Mai"), and
// the sentence segmenter ends a sentence there when a capitalised word follows. A date never ends
// a sentence this way when a month name follows, or when the number stands after a word that
// introduces a date ("am", "vom", "bis zum", "ab dem").
const MONTH_START = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|January|March|May|June|July|October|December)\b/u;
const ORDINAL_END = /(?:^|\s)\d{1,2}\.$/u;
const DATE_WORD_BEFORE_ORDINAL = /(?:^|\s)(?:am|vom|zum|bis|ab|dem|den|seit|Stand)\s+\d{1,2}\.$/iu;

/**
 * Sentences of a passage, with the segmenter's splits after a day number ("Vom 1. bis zum 30." |
 * "November 2026 gibt es …") joined again: quoting the first half alone leaves a fragment with a
 * number cut from its meaning.
 */
export function splitSentencesKeepingDates(text: string, language: Language): string[] {
  const joined: string[] = [];
  for (const sentence of splitSentences(text, language)) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && ORDINAL_END.test(previous) && (MONTH_START.test(sentence) || DATE_WORD_BEFORE_ORDINAL.test(previous))) {
      joined[joined.length - 1] = `${previous} ${sentence}`;
    } else joined.push(sentence);
  }
  return joined;
}
