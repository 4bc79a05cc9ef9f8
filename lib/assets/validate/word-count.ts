/**
 * Words as a reader counts them: runs of text separated by white space that hold at least one
 * letter or digit. "349 €" is one word, "–" none, "Dreilagen-Hardshelljacke" one. One function
 * for the validator's 800–2,000-word rule, the local writer's cap and the preview's reading
 * time, so the three never disagree.
 */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  return count;
}

// Silent reading of non-fiction runs at about 240 words a minute in English and a little less in
// German (Brysbaert 2019); 200 is the round figure publishers show and errs on the long side.
const WORDS_PER_MINUTE = 200;

/** Minutes to read `words`, rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
