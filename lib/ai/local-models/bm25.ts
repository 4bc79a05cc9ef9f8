/**
 * Okapi BM25 over a candidate set with corpus-wide statistics. k1/b are the usual defaults
 * (Robertson & Zaragoza 2009); the benchmark in BENCHMARKS.md was run with them.
 */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

export type CorpusStatistics = {
  documentCount: number;
  averageLength: number;
  documentFrequencies: Record<string, number>;
};

export function bm25Score(queryTerms: string[], documentTerms: string[], stats: CorpusStatistics): number {
  if (documentTerms.length === 0 || queryTerms.length === 0) return 0;
  const termFrequencies = new Map<string, number>();
  for (const term of documentTerms) termFrequencies.set(term, (termFrequencies.get(term) ?? 0) + 1);
  const lengthNorm = 1 - BM25_B + (BM25_B * documentTerms.length) / Math.max(1, stats.averageLength);
  let score = 0;
  for (const term of new Set(queryTerms)) {
    const tf = termFrequencies.get(term);
    if (!tf) continue;
    const df = stats.documentFrequencies[term] ?? 0;
    // The "+1" variant keeps IDF positive for terms in more than half the documents.
    const idf = Math.log(1 + (stats.documentCount - df + 0.5) / (df + 0.5));
    score += (idf * tf * (BM25_K1 + 1)) / (tf + BM25_K1 * lengthNorm);
  }
  return score;
}
