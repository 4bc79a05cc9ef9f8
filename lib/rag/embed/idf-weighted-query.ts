import { embedText } from "@/lib/rag/embed/local-embedder";
import { isStopword, splitWords, stemWord, type Language } from "@/lib/rag/text/tokenize";

export type TermWeights = {
  /** The workspace's IDF of an index term (a stem), undefined when no chunk holds it. */
  idf(stem: string): number | undefined;
  /** Weight of a word no chunk holds (its character n-grams may still match): the largest IDF. */
  unknownIdf: number;
};

/**
 * A query vector for the built-in embedder with each content word weighted by the workspace's
 * IDF: the sum of the words' own embeddings × (1 + ln count) × IDF, unit length. The hashed
 * embedder counts "cells" as much as "autophagy"; stored chunk vectors stay as they are (no
 * re-embedding), so the similarity with them weights each shared feature by IDF once, as BM25
 * does. Only meaningful against vectors of the built-in embedder. Null when the query has no
 * content word with features (the caller keeps the plain query vector).
 */
export function idfWeightedQueryEmbedding(query: string, languages: readonly Language[], weights: TermWeights): number[] | null {
  const words = new Map<string, { word: string; count: number; idf: number }>();
  for (const word of splitWords(query)) {
    if (languages.some((language) => isStopword(word, language))) continue;
    const stems = languages.map((language) => stemWord(word, language));
    const key = stems[0]!;
    const entry = words.get(key);
    if (entry) {
      entry.count++;
      continue;
    }
    // A word stemmed in two languages counts with its better-known stem.
    const known = stems.map((stem) => weights.idf(stem)).filter((idf): idf is number => idf !== undefined);
    words.set(key, { word, count: 1, idf: known.length > 0 ? Math.max(...known) : weights.unknownIdf });
  }
  let sum: number[] | null = null;
  for (const { word, count, idf } of words.values()) {
    const weight = (1 + Math.log(count)) * idf;
    const vector = embedText(word);
    sum ??= new Array<number>(vector.length).fill(0);
    for (let i = 0; i < vector.length; i++) sum[i]! += weight * vector[i]!;
  }
  if (sum === null) return null;
  const length = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
  return length > 0 ? sum.map((value) => value / length) : null;
}
