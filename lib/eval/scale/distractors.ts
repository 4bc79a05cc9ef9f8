// Synthetic distractor documents for the catalogue-scale benchmark (issue 18): text that looks
// like the corpus (its vocabulary, sentence shapes and title words) but is never relevant to a
// labelled query, so a larger corpus makes ranking harder without changing what is correct.
// Everything here is a pure function of the corpus and the seed: the same arguments give the
// same documents on every machine and Node version (no Math.random, no Intl sentence segmenter).

import type { BenchDocument } from "@/lib/eval/retrieval/labelled-corpus";

/** Distractor ids share this prefix; labelled corpora use their own ids, so none can be relevant. */
export const DISTRACTOR_ID_PREFIX = "distractor-";

export const MIN_SENTENCES = 6;
export const MAX_SENTENCES = 10;

/** mulberry32: a small, well-studied 32-bit PRNG; returns floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(random() * (maxInclusive - minInclusive + 1));
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// Abbreviations common in abstracts and product copy that end in a period without ending a sentence.
const ABBREVIATIONS = new Set(["al", "e.g", "i.e", "vs", "fig", "figs", "dr", "mr", "mrs", "ms", "prof", "no", "approx", "ca", "cf", "etc", "st", "inc", "ltd", "co", "jr", "sr"]);

/**
 * Splits text into sentences: a break after `.`, `!` or `?` (optionally followed by a closing
 * quote or bracket) and whitespace, when the next word starts with an upper-case letter, a digit
 * or an opening quote/bracket — except after a known abbreviation or a single-letter initial
 * ("et al. Smith", "J. Biol."). Decimal numbers ("1.8 ms") never split: no whitespace follows the dot.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?]["')\]]*)\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[1]!.length;
    const lastWord = text.slice(start, match.index).split(/\s+/).pop() ?? "";
    const bare = lastWord.replace(/^["'(\[]+/, "").toLowerCase();
    if (ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare)) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  sentences.push(text.slice(start).trim());
  // Fragments (a lone heading, "n = 7).") would make distractors look unlike the corpus.
  return sentences.filter((sentence) => sentence.split(/\s+/).length >= 3);
}

export type DistractorSource = { titles: string[]; sentences: string[] };

/** The material distractors are sampled from: every corpus title and every sentence of every body. */
export function distractorSource(documents: Iterable<{ title: string; text: string }>): DistractorSource {
  const titles: string[] = [];
  const sentences: string[] = [];
  for (const document of documents) {
    if (document.title.trim()) titles.push(document.title.trim());
    sentences.push(...splitSentences(document.text));
  }
  if (titles.length === 0 || sentences.length < MAX_SENTENCES) {
    throw new Error(`Distractors need corpus titles and at least ${MAX_SENTENCES} sentences; this corpus has ${titles.length} titles and ${sentences.length} sentences.`);
  }
  return { titles, sentences };
}

/**
 * `count` distractors, generated lazily (100,000 of them are ~140 MB of text): the title is a
 * corpus title with its words shuffled, the body 6–10 distinct corpus sentences picked at random.
 */
export function* generateDistractors(source: DistractorSource, options: { count: number; seed: number }): Generator<BenchDocument> {
  const random = createRandom(options.seed);
  const width = String(Math.max(options.count, 1)).length;
  for (let i = 0; i < options.count; i++) {
    const title = shuffled(source.titles[Math.floor(random() * source.titles.length)]!.split(/\s+/), random).join(" ");
    const sentenceCount = randomInt(random, MIN_SENTENCES, MAX_SENTENCES);
    // Distinct sentences within one document (a repeated sentence would look unlike the corpus).
    const picked = new Set<number>();
    while (picked.size < sentenceCount) picked.add(Math.floor(random() * source.sentences.length));
    const body = [...picked].map((i) => source.sentences[i]!);
    yield { id: `${DISTRACTOR_ID_PREFIX}${String(i + 1).padStart(width, "0")}`, title, text: body.join(" ") };
  }
}
