import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";

/**
 * Pseudo-relevance feedback, RM3 (Lavrenko & Croft 2001; Abdul-Jaleel et al. 2004) as Anserini
 * runs it by default (Yang, Lin et al. 2019): the best `documents` first-pass results are taken
 * as relevant, their term distributions (term frequency / length) are averaged weighted by the
 * documents' scores (RM1), the `terms` most likely terms are kept, and that distribution is mixed
 * half and half with the query's own terms. The expanded query then re-scores the candidates with
 * BM25. A claim's abstract rarely repeats its words, but the best matches share its vocabulary.
 *
 * The three parameters are the published defaults, not tuned on our benchmark: a held-out
 * split is scored the same way.
 */
export const FEEDBACK_DEFAULTS = { documents: 10, terms: 10, originalQueryWeight: 0.5 } as const;

/** A chunk's own term vector (knowledge_chunks.term_ids / term_frequencies / indexed_length). */
export type TermVector = { termIds: number[]; termFrequencies: number[]; length: number };

export type FeedbackOptions = { documents: number; terms: number; originalQueryWeight: number };

/**
 * The expanded query: term id → weight, summing to 1. `queryTermIds` are the query's own terms
 * (each weighs the same); `feedback` the first-pass best documents with their scores (≥ 0).
 */
export function expandQuery(
  queryTermIds: number[],
  feedback: { vector: TermVector; score: number }[],
  options: FeedbackOptions = FEEDBACK_DEFAULTS,
): Map<number, number> {
  const original = new Map<number, number>();
  for (const id of new Set(queryTermIds)) original.set(id, 1 / new Set(queryTermIds).size);
  const relevanceModel = relevanceModelOf(feedback.slice(0, options.documents), options.terms);
  if (relevanceModel.size === 0) return original;
  if (original.size === 0) return relevanceModel;
  const expanded = new Map<number, number>();
  for (const [id, weight] of original) expanded.set(id, options.originalQueryWeight * weight);
  for (const [id, weight] of relevanceModel) expanded.set(id, (expanded.get(id) ?? 0) + (1 - options.originalQueryWeight) * weight);
  return expanded;
}

/** RM1 over the feedback documents, cut to the `terms` most likely terms and renormalised. */
export function relevanceModelOf(feedback: { vector: TermVector; score: number }[], terms: number): Map<number, number> {
  const totalScore = feedback.reduce((sum, doc) => sum + Math.max(0, doc.score), 0);
  const model = new Map<number, number>();
  for (const { vector, score } of feedback) {
    // Equal weights when every score is zero (nothing better to go on than the order).
    const docWeight = totalScore > 0 ? Math.max(0, score) / totalScore : 1 / feedback.length;
    const length = vector.termFrequencies.reduce((sum, tf) => sum + tf, 0);
    if (docWeight === 0 || length === 0) continue;
    vector.termIds.forEach((id, i) => model.set(id, (model.get(id) ?? 0) + (docWeight * vector.termFrequencies[i]!) / length));
  }
  // Ties broken by term id so the same input always gives the same expansion.
  const kept = [...model].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, terms);
  const sum = kept.reduce((total, [, weight]) => total + weight, 0);
  return new Map(sum > 0 ? kept.map(([id, weight]) => [id, weight / sum]) : []);
}

export type CorpusStatistics = { chunkCount: number; averageLength: number; documentFrequency: Map<number, number> };

/** BM25 idf (the "+1" variant, as in lexical.ts and bm25.ts). */
export function inverseDocumentFrequency(documentFrequency: number, chunkCount: number): number {
  return Math.log(1 + (chunkCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** BM25 of one chunk for a weighted query (term id → weight); the same formula lexical.ts runs in SQL. */
export function weightedBm25(query: Map<number, number>, vector: TermVector, corpus: CorpusStatistics): number {
  const lengthNorm = 1 - BM25_B + (BM25_B * vector.length) / Math.max(1, corpus.averageLength);
  let score = 0;
  vector.termIds.forEach((id, i) => {
    const weight = query.get(id);
    const df = corpus.documentFrequency.get(id);
    if (weight === undefined || df === undefined || df <= 0) return;
    const tf = vector.termFrequencies[i]!;
    score += weight * inverseDocumentFrequency(df, corpus.chunkCount) * ((tf * (BM25_K1 + 1)) / (tf + BM25_K1 * lengthNorm));
  });
  return score;
}
