import { describe, expect, it } from "vitest";
import { mean, ndcgAt, overlapRecallAt, percentile, recallAt } from "./metrics";

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 95)).toBe(10);
    expect(percentile(values, 90)).toBe(9);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile([42], 95)).toBe(42);
    expect(() => percentile([], 50)).toThrow(/empty/);
  });
});

describe("ranking metrics", () => {
  const relevant = new Set(["a", "b"]);

  it("nDCG@k is 1 for an ideal ranking and discounts later hits", () => {
    expect(ndcgAt(["a", "b", "x"], relevant, 10)).toBe(1);
    expect(ndcgAt(["b", "a"], relevant, 10)).toBe(1);
    const ideal = 1 + 1 / Math.log2(3);
    expect(ndcgAt(["x", "a", "y", "b"], relevant, 10)).toBeCloseTo((1 / Math.log2(3) + 1 / Math.log2(5)) / ideal, 10);
    expect(ndcgAt(["x", "y"], relevant, 10)).toBe(0);
    // Hits past k do not count.
    expect(ndcgAt(["x", "a"], relevant, 1)).toBe(0);
  });

  it("recall@k counts relevant items within k", () => {
    expect(recallAt(["a", "x", "b"], relevant, 100)).toBe(1);
    expect(recallAt(["a", "x", "b"], relevant, 2)).toBe(0.5);
    expect(() => recallAt(["a"], new Set(), 10)).toThrow(/empty/);
  });

  it("overlap recall compares an approximate top-k with the exact one", () => {
    expect(overlapRecallAt(["c1", "c2", "c3"], ["c3", "c1", "c4", "c5"], 100)).toBe(0.5);
    expect(overlapRecallAt(["c1", "c2"], ["c2", "c1"], 1)).toBe(0);
    expect(overlapRecallAt([], [], 100)).toBe(1);
    expect(mean([1, 2, 3, 4])).toBe(2.5);
  });
});
