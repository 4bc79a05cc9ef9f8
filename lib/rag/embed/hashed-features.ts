import { detectLanguage } from "@/lib/rag/language";
import { FeatureCounter } from "@/lib/rag/embed/feature-counter";
import { fnv1a, mix32, seedFor } from "@/lib/rag/text/hash";
import { isStopword, splitWords, stemWord, type Language } from "@/lib/rag/text/tokenize";

/**
 * Feature extraction for the local embedder: a weighted bag of hashed features per text.
 *
 * - Word unigrams are Snowball stems without stopwords, so "Wanderschuhe"/"Wanderschuh" and
 *   "running"/"runs" meet. The German stemmer already folds ä/ö/ü → a/o/u and ß → ss, so umlaut
 *   spellings meet without a separate rule.
 * - Bigrams of consecutive stems keep a little word order ("hiking boots" vs "boots hiking").
 * - Character 3–5-grams of each stem, with boundary markers, connect compounds to their parts
 *   ("wanderschuh" shares "schuh>" with "schuh") and survive typos. They are folded to base
 *   letters (é → e, ß → ss). We do not map "ae"/"oe"/"ue" to umlauts: English is full of those
 *   letter pairs ("blue", "does"), and a wrong merge costs more than a missed one.
 */

export const FEATURE_WEIGHTS = { unigram: 1, bigram: 0.5, charGram: 0.3 } as const;

// Short texts (queries above all) give language detection too little to go on, and a German
// query stemmed as English misses its documents. Below this many letters the unigrams come
// from both stemmers instead.
const BILINGUAL_BELOW_LETTERS = 100;

const LANGUAGE_SAMPLE_CHARS = 500;
const SEEDS = { unigram: seedFor("unigram"), bigram: seedFor("bigram"), charGram: seedFor("char") };
const MIN_GRAM = 3;
const MAX_GRAM = 5;

/** Feature hash → raw count, per family. Counts become weights in the embedder. */
export type FeatureCounts = { unigram: FeatureCounter; bigram: FeatureCounter; charGram: FeatureCounter };

function foldDiacritics(term: string): string {
  if (/^[\x00-\x7f]*$/.test(term)) return term; // most stems are plain ASCII
  return term.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
}

// Vocabularies repeat across texts, so the n-gram hashes of a term are computed once.
const gramCache = new Map<string, Uint32Array>();
function charGramHashes(term: string): Uint32Array {
  let hashes = gramCache.get(term);
  if (hashes !== undefined) return hashes;
  const marked = `<${foldDiacritics(term)}>`;
  const list: number[] = [];
  for (let size = MIN_GRAM; size <= MAX_GRAM; size++) {
    for (let start = 0; start + size <= marked.length; start++) {
      list.push(fnv1a(marked, SEEDS.charGram, start, start + size));
    }
  }
  hashes = Uint32Array.from(list);
  if (gramCache.size > 100_000) gramCache.clear();
  gramCache.set(term, hashes);
  return hashes;
}

function contentWords(text: string, languages: readonly Language[]): string[] {
  // A word is dropped if any of the languages in play calls it a stopword ("die" is German
  // noise, "the" English noise); in the usual single-language case that is just its list.
  return splitWords(text).filter((word) => !languages.some((language) => isStopword(word, language)));
}

/** Hashed unigram, bigram and character n-gram counts of a text (language detected once). */
export function extractFeatures(text: string): FeatureCounts {
  const counts: FeatureCounts = { unigram: new FeatureCounter(256), bigram: new FeatureCounter(256), charGram: new FeatureCounter(4096) };
  const letters = text.length < BILINGUAL_BELOW_LETTERS * 4 ? (text.match(/\p{L}/gu)?.length ?? 0) : Infinity;
  // Language detection is the largest single cost of embedding; the opening 500 characters
  // settle German vs English for any real text.
  const primary = detectLanguage(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  const languages: Language[] = letters < BILINGUAL_BELOW_LETTERS ? ["de", "en"] : [primary];
  const words = contentWords(text, languages);

  const stems = words.map((word) => stemWord(word, primary));
  const termCounts = new Map<string, number>();
  for (const [index, word] of words.entries()) {
    const stem = stems[index] ?? word;
    termCounts.set(stem, (termCounts.get(stem) ?? 0) + 1);
    if (languages.length > 1) {
      const other = stemWord(word, primary === "de" ? "en" : "de");
      if (other !== stem) termCounts.set(other, (termCounts.get(other) ?? 0) + 1);
    }
  }

  for (const [term, count] of termCounts) {
    counts.unigram.add(fnv1a(term, SEEDS.unigram), count);
    for (const gram of charGramHashes(term)) counts.charGram.add(gram, count);
  }

  for (let i = 1; i < stems.length; i++) {
    const left = stems[i - 1] ?? "";
    const right = stems[i] ?? "";
    // Hash the pair without building a string: the re-mixed left hash seeds the right one.
    counts.bigram.add(fnv1a(right, mix32(fnv1a(left, SEEDS.bigram) ^ 0x20)));
  }
  return counts;
}
