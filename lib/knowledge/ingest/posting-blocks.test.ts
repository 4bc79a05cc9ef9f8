import { describe, expect, it } from "vitest";
import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";
import { BLOCK_SIZE, IMPACT_SCALE, buildPostingBlocks, impactOf } from "./posting-blocks";

describe("impactOf", () => {
  it("is BM25's term-frequency part scaled into a smallint", () => {
    const expected = (3 * (BM25_K1 + 1)) / (3 + BM25_K1 * (1 - BM25_B + (BM25_B * 120) / 80));
    expect(impactOf(3, 120, 80)).toBe(Math.round(expected * IMPACT_SCALE));
    // Grows with the frequency, shrinks with the length, never reaches (k1+1) · scale.
    expect(impactOf(4, 100, 100)).toBeGreaterThan(impactOf(2, 100, 100));
    expect(impactOf(2, 400, 100)).toBeLessThan(impactOf(2, 50, 100));
    expect(impactOf(10_000, 1, 100)).toBeLessThan((BM25_K1 + 1) * IMPACT_SCALE);
    expect(impactOf(1, 1_000_000, 1)).toBe(1);
  });
});

describe("buildPostingBlocks", () => {
  it("cuts each term's entries into blocks of BLOCK_SIZE in descending impact, the first entry as the block maximum", () => {
    const entries = Array.from({ length: BLOCK_SIZE * 2 + 5 }, (_, i) => ({ key: i + 1, impact: 1 + ((i * 37) % 500) }));
    const blocks = buildPostingBlocks(new Map([[7, entries], [9, [{ key: 3, impact: 20 }]]]));
    const ofSeven = blocks.filter((b) => b.termId === 7);
    expect(ofSeven.map((b) => b.keys.length)).toEqual([BLOCK_SIZE, BLOCK_SIZE, 5]);
    const impacts = ofSeven.flatMap((b) => b.impacts);
    expect(impacts).toEqual([...impacts].sort((a, b) => b - a));
    for (const block of ofSeven) expect(block.maxImpact).toBe(Math.max(...block.impacts));
    expect(new Set(ofSeven.flatMap((b) => b.keys))).toEqual(new Set(entries.map((e) => e.key)));
    expect(blocks.filter((b) => b.termId === 9)).toEqual([{ termId: 9, maxImpact: 20, keys: [3], impacts: [20] }]);
  });
});
