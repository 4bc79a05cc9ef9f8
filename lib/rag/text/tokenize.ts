import { newStemmer } from "snowball-stemmers";
import { deu, eng } from "stopword";

export type Language = "de" | "en";

// The German list of `stopword` also holds content words that carry meaning in product and
// marketing text ("leicht" = lightweight, "Uhr" = watch, "groß"/"klein" = sizes, "neu"); they
// stay searchable. Changing this set changes BM25 statistics: re-index after editing it.
const GERMAN_CONTENT_WORDS = new Set([
  "leicht", "gut", "gute", "guter", "gutes", "besser", "besten", "schlecht",
  "groß", "große", "großen", "großer", "großes", "gross", "grosse", "grossen", "grosser", "grosses",
  "kleine", "kleinen", "kleiner", "kleines", "lang", "lange", "kurz", "hoch", "weit", "offen",
  "neue", "neuen", "natürlich", "ernst", "ehrlich", "mittel", "ordnung",
  "mann", "mensch", "menschen", "gott", "tag", "tage", "tagen", "zeit", "jahr", "jahre", "jahren",
  "morgen", "heute", "ende", "teil", "suche", "sache", "uhr",
]);

const STOPWORDS: Record<Language, ReadonlySet<string>> = {
  de: new Set(deu.map((word) => word.toLowerCase()).filter((word) => !GERMAN_CONTENT_WORDS.has(word))),
  en: new Set(eng.map((word) => word.toLowerCase())),
};

const STEMMERS = {
  de: newStemmer("german"),
  en: newStemmer("english"),
};

// Stemming is the slowest step and vocabularies are small, so each language keeps a cache.
// The cap keeps a long-running server from growing it without bound.
const STEM_CACHE_LIMIT = 100_000;
const stemCache: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

/** Snowball stem of one lower-cased word. */
export function stemWord(word: string, language: Language): string {
  const cache = stemCache[language];
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const stemmed = STEMMERS[language].stem(word);
  if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
  cache.set(word, stemmed);
  return stemmed;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Lower-cased words of two or more characters (code points), split on non-letters/digits. */
export function splitWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLowerCase()
    .split(NON_WORD)
    .filter((word) => word.length > 2 || (word.length === 2 && [...word].length === 2));
}

export function isStopword(word: string, language: Language): boolean {
  return STOPWORDS[language].has(word);
}

/**
 * Search terms of a text: lower-cased, split on anything that is not a letter or digit, without
 * stopwords and single characters, stemmed (Snowball). The same function feeds BM25 statistics,
 * queries and reranking, so it must stay deterministic: changing it means re-indexing.
 */
export function tokenizeForSearch(text: string, language: Language): string[] {
  const terms: string[] = [];
  for (const word of splitWords(text)) {
    if (!isStopword(word, language)) terms.push(stemWord(word, language));
  }
  return terms;
}

// A run of letters/digits, or one other visible character (punctuation, symbol, emoji).
const TOKEN_PIECE = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;
// BPE tokenizers cover a common word with one token and split rare long words into pieces of
// roughly four to six characters; six keeps the estimate slightly generous for English.
const CHARS_PER_LONG_WORD_TOKEN = 6;

/**
 * Rough count of LLM tokens, used to bound chunk sizes (not for billing). Additive over
 * whitespace: countTokens(a + " " + b) === countTokens(a) + countTokens(b), which the chunker
 * relies on.
 */
export function countTokens(text: string): number {
  let count = 0;
  TOKEN_PIECE.lastIndex = 0;
  for (let match = TOKEN_PIECE.exec(text); match !== null; match = TOKEN_PIECE.exec(text)) {
    const length = match[0].length;
    count += length > CHARS_PER_LONG_WORD_TOKEN ? Math.ceil(length / CHARS_PER_LONG_WORD_TOKEN) : 1;
  }
  return count;
}
