import { describe, expect, it } from "vitest";
import { formatPValue, twoProportionUplift } from "./two-proportion-uplift";

describe("twoProportionUplift", () => {
  it("reports rates, Newcombe difference, Katz relative uplift and the pooled z-test", () => {
    const r = twoProportionUplift({ successesA: 56, trialsA: 70, successesB: 48, trialsB: 80 });
    expect(r.a.rate).toBe(0.8);
    expect(r.b.rate).toBe(0.6);
    expect(r.difference?.estimate).toBeCloseTo(0.2, 12);
    // Newcombe (1998) Table II, example (a), method 10: 0.0524 to 0.3339.
    expect(r.difference?.interval?.lower).toBeCloseTo(0.0524, 4);
    expect(r.difference?.interval?.upper).toBeCloseTo(0.3339, 4);
    // Katz, by hand: 1.076626 − 1 and 1.651249 − 1.
    expect(r.relativeUplift?.estimate).toBeCloseTo(1 / 3, 12);
    expect(r.relativeUplift?.interval?.lower).toBeCloseTo(0.076626, 5);
    expect(r.relativeUplift?.interval?.upper).toBeCloseTo(0.651249, 5);
    // The pooled z-test equals Pearson's χ² without continuity correction on the 2×2 table
    // [[56, 14], [48, 32]]: χ² = 7.023411 (z = 2.650172), p = 0.008045.
    expect(r.zScore).toBeCloseTo(2.650172, 5);
    expect(r.zScore! ** 2).toBeCloseTo(7.023411, 5);
    expect(r.pValue).toBeCloseTo(0.008045, 5);
    expect(r.a.interval?.lower).toBeCloseTo(0.6918336, 6);
    expect(r.verdict).toBe("insufficient data"); // 70 and 80 trials are below the minimum of 100
    expect(r.reason).toMatch(/70 trials/);
  });

  it("finds a significant CTR uplift on realistic impression counts", () => {
    // 540/20,000 (2.70 %) vs 450/20,000 (2.25 %); scipy chi2_contingency p = 0.003774.
    const r = twoProportionUplift({ successesA: 540, trialsA: 20_000, successesB: 450, trialsB: 20_000 });
    expect(r.verdict).toBe("significant uplift");
    expect(r.pValue).toBeCloseTo(0.003774, 5);
    expect(r.difference?.interval?.lower).toBeCloseTo(0.0014552, 6);
    expect(r.difference?.interval?.upper).toBeCloseTo(0.0075550, 6);
    expect(r.relativeUplift?.estimate).toBeCloseTo(0.2, 10);
    expect(r.relativeUplift?.interval?.lower).toBeCloseTo(0.0605259, 6);
    expect(r.relativeUplift?.interval?.upper).toBeCloseTo(0.3578169, 6);
  });

  it("reports a significant drop with the sign flipped", () => {
    const r = twoProportionUplift({ successesA: 450, trialsA: 20_000, successesB: 540, trialsB: 20_000 });
    expect(r.verdict).toBe("significant drop");
    expect(r.difference?.interval?.upper).toBeLessThan(0);
  });

  it("finds no significant difference for close rates", () => {
    const r = twoProportionUplift({ successesA: 505, trialsA: 20_000, successesB: 495, trialsB: 20_000 });
    expect(r.verdict).toBe("no significant difference");
    expect(r.pValue).toBeGreaterThan(0.5);
    expect(r.difference?.interval?.lower).toBeLessThan(0);
    expect(r.difference?.interval?.upper).toBeGreaterThan(0);
  });

  it("widens the interval at higher confidence and can turn the verdict", () => {
    const input = { successesA: 540, trialsA: 20_000, successesB: 450, trialsB: 20_000 };
    const r95 = twoProportionUplift(input);
    const r999 = twoProportionUplift({ ...input, confidence: 0.999 });
    expect(r999.difference!.interval!.lower).toBeLessThan(r95.difference!.interval!.lower);
    expect(r999.verdict).toBe("no significant difference"); // p = 0.0038 is not < 0.001
  });

  it("returns null rates and insufficient data without trials", () => {
    const r = twoProportionUplift({ successesA: 0, trialsA: 0, successesB: 10, trialsB: 500 });
    expect(r.a.rate).toBeNull();
    expect(r.difference).toBeNull();
    expect(r.pValue).toBeNull();
    expect(r.verdict).toBe("insufficient data");
    expect(r.reason).toMatch(/no trials/);
  });

  it("calls fewer than 5 successes insufficient even with a tiny p-value", () => {
    const r = twoProportionUplift({ successesA: 4, trialsA: 10_000, successesB: 60, trialsB: 10_000 });
    expect(r.pValue).toBeLessThan(1e-6);
    expect(r.verdict).toBe("insufficient data");
    expect(r.reason).toMatch(/4 successes/);
  });

  it("has no relative uplift when B converts nothing, but still a difference interval", () => {
    const r = twoProportionUplift({ successesA: 5, trialsA: 56, successesB: 0, trialsB: 29 });
    expect(r.relativeUplift).toBeNull();
    expect(r.difference?.interval?.lower).toBeCloseTo(-0.0381, 4); // Newcombe Table II (e)
  });

  it("does not treat more successes than trials as a proportion", () => {
    const r = twoProportionUplift({ successesA: 130, trialsA: 120, successesB: 50, trialsB: 1_000 });
    expect(r.verdict).toBe("insufficient data");
    expect(r.reason).toMatch(/more successes/);
    expect(r.difference).toBeNull();
  });

  it("rejects invalid counts and confidence levels", () => {
    expect(() => twoProportionUplift({ successesA: -1, trialsA: 10, successesB: 1, trialsB: 10 })).toThrow(RangeError);
    expect(() => twoProportionUplift({ successesA: 1.5, trialsA: 10, successesB: 1, trialsB: 10 })).toThrow(RangeError);
    expect(() => twoProportionUplift({ successesA: 1, trialsA: 10, successesB: 1, trialsB: 10, confidence: 95 })).toThrow(RangeError);
  });
});

describe("formatPValue", () => {
  it("never prints an underflowed p-value as 0", () => {
    expect(formatPValue(0)).toBe("< 0.0001");
    expect(formatPValue(0.00004)).toBe("< 0.0001");
    expect(formatPValue(0.0321)).toBe("= 0.032");
  });
});
