import { describe, expect, it } from "vitest";
import { cosineSimilarity, maximalMarginalRelevance, reciprocalRankFusion } from "./fusion";

describe("reciprocal rank fusion", () => {
  it("rewards items ranked well in both lists", () => {
    const fused = reciprocalRankFusion([
      ["a", "b", "c"],
      ["b", "c", "d"],
    ]);
    const order = [...fused.entries()].sort((x, y) => y[1] - x[1]).map(([id]) => id);
    expect(order[0]).toBe("b");
    expect(fused.get("a")).toBeCloseTo(1 / 61);
    expect(fused.get("b")).toBeCloseTo(1 / 62 + 1 / 61);
  });
});

describe("maximal marginal relevance", () => {
  it("skips a near-copy of an already chosen item", () => {
    const items = [
      { id: "a", score: 1.0, v: [1, 0] },
      { id: "a-copy", score: 0.99, v: [1, 0.01] },
      { id: "b", score: 0.8, v: [0, 1] },
    ];
    const picked = maximalMarginalRelevance(items, { k: 2, lambda: 0.5, relevance: (i) => i.score, similarity: (x, y) => cosineSimilarity(x.v, y.v) });
    expect(picked.map((i) => i.id)).toEqual(["a", "b"]);
    const pureRelevance = maximalMarginalRelevance(items, { k: 2, lambda: 1, relevance: (i) => i.score, similarity: (x, y) => cosineSimilarity(x.v, y.v) });
    expect(pureRelevance.map((i) => i.id)).toEqual(["a", "a-copy"]);
  });
});
