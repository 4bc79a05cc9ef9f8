import { describe, expect, it } from "vitest";
import { rerank } from "ai";
import { blendScores, createLocalReranker } from "./reranker";
import { bm25Score } from "./bm25";

describe("local reranker", () => {
  it("ranks plain-text documents by BM25 through the AI SDK's rerank()", async () => {
    const { ranking } = await rerank({
      model: createLocalReranker(),
      query: "waterproof hiking boots",
      documents: ["A warm down parka for winter.", "Waterproof leather hiking boots for rocky trails.", "Boots for the office."],
      maxRetries: 0,
    });
    expect(ranking.map((entry) => entry.originalIndex)).toEqual([1, 2, 0]);
    expect(ranking[0]!.score).toBeGreaterThan(ranking[1]!.score);
  });

  it("blends precomputed BM25 with vector similarity", () => {
    const scores = blendScores(
      [
        { text: "a", bm25: 10, vectorSimilarity: 0.1 },
        { text: "b", bm25: 5, vectorSimilarity: 0.9 },
        { text: "c", bm25: 0, vectorSimilarity: 0.2 },
      ],
      0.7,
    );
    expect(scores[0]).toBeCloseTo(0.7 * 1 + 0.3 * 0.1);
    expect(scores[1]).toBeCloseTo(0.7 * 0.5 + 0.3 * 0.9);
    expect(scores[2]).toBeCloseTo(0.3 * 0.2);
  });
});

describe("BM25", () => {
  const stats = { documentCount: 100, averageLength: 10, documentFrequencies: { rare: 1, common: 90 } };
  it("weights rare terms over common ones and saturates term frequency", () => {
    expect(bm25Score(["rare"], ["rare", "x"], stats)).toBeGreaterThan(bm25Score(["common"], ["common", "x"], stats));
    const once = bm25Score(["rare"], ["rare", ...Array(9).fill("x")], stats);
    const many = bm25Score(["rare"], [...Array(5).fill("rare"), ...Array(5).fill("x")], stats);
    expect(many).toBeGreaterThan(once);
    expect(many).toBeLessThan(once * 5);
  });
  it("penalises long documents for the same matches", () => {
    expect(bm25Score(["rare"], ["rare", "x"], stats)).toBeGreaterThan(bm25Score(["rare"], ["rare", ...Array(40).fill("x")], stats));
  });
});
