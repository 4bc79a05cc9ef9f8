/** Reciprocal rank fusion (Cormack et al. 2009): robust to the two lists' incomparable scores. */
export const RRF_K = 60;

export function reciprocalRankFusion(rankings: string[][], k = RRF_K): Map<string, number> {
  const fused = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => fused.set(id, (fused.get(id) ?? 0) + 1 / (k + index + 1)));
  }
  return fused;
}

/**
 * Maximal marginal relevance: picks results one by one, trading relevance against similarity
 * to what was already picked, so five near-identical passages do not crowd out the rest.
 */
export function maximalMarginalRelevance<T>(
  items: T[],
  options: { k: number; lambda: number; relevance(item: T): number; similarity(a: T, b: T): number },
): T[] {
  const remaining = [...items];
  const selected: T[] = [];
  while (selected.length < options.k && remaining.length > 0) {
    let bestIndex = 0;
    let bestScore = Number.NEGATIVE_INFINITY;
    remaining.forEach((item, index) => {
      const redundancy = selected.length === 0 ? 0 : Math.max(...selected.map((chosen) => options.similarity(item, chosen)));
      const score = options.lambda * options.relevance(item) - (1 - options.lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        bestIndex = index;
      }
    });
    selected.push(remaining.splice(bestIndex, 1)[0]!);
  }
  return selected;
}

export function cosineSimilarity(a: number[], b: number[]): number {
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    dot += a[i]! * b[i]!;
    normA += a[i]! * a[i]!;
    normB += b[i]! * b[i]!;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}
