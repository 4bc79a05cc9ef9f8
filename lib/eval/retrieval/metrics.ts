// Ranking and latency metrics shared by the retrieval benchmarks (bench:retrieval, bench:scale).

/** Nearest-rank percentile (p in 0–100): the smallest value with at least p % of the values at or below it. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error("percentile of an empty list");
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function mean(values: number[]): number {
  if (values.length === 0) throw new Error("mean of an empty list");
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** Binary-relevance nDCG@k: the ideal ranking puts every relevant item (up to k) first. */
export function ndcgAt(ranked: string[], relevant: Set<string>, k: number): number {
  const dcg = ranked.slice(0, k).reduce((sum, id, i) => sum + (relevant.has(id) ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = Array.from({ length: Math.min(k, relevant.size) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return ideal > 0 ? dcg / ideal : 0;
}

export function recallAt(ranked: string[], relevant: Set<string>, k: number): number {
  if (relevant.size === 0) throw new Error("recall against an empty relevant set");
  return ranked.slice(0, k).filter((id) => relevant.has(id)).length / relevant.size;
}

/**
 * Recall of an approximate top-k against an exact top-k of the same query: the share of the
 * exact list's ids the approximate list also found. Two empty lists agree completely.
 */
export function overlapRecallAt(approximate: string[], exact: string[], k: number): number {
  const reference = new Set(exact.slice(0, k));
  if (reference.size === 0) return 1;
  return approximate.slice(0, k).filter((id) => reference.has(id)).length / reference.size;
}
