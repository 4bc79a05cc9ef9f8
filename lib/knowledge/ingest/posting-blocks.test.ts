import { describe, expect, it } from "vitest";
import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";
import { IMPACT_SCALE, impactOf } from "./posting-blocks";

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

