import { describe, expect, it } from "vitest";
import { erfc, normalCdf, normalQuantile, twoSidedPValue } from "./normal";

// Reference values from scipy.stats.norm (ppf / cdf), double precision.
describe("normal quantile (Acklam)", () => {
  it.each([
    [0.975, 1.959963984540054],
    [0.995, 2.5758293035489004],
    [0.05, -1.6448536269514729],
    [0.9, 1.2815515655446004],
    [0.999, 3.090232306167813],
    [0.02425, -1.972961051311885], // the switch point between the central and tail formulas
    [1e-10, -6.361340902404056],
  ])("z(%s) matches the reference to 1e-8 relative", (p, expected) => {
    expect(Math.abs(normalQuantile(p) - expected) / Math.abs(expected)).toBeLessThan(1e-8);
  });

  it("is 0 at the median and antisymmetric", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0.3)).toBeCloseTo(-normalQuantile(0.7), 12);
  });

  it("rejects probabilities outside (0, 1)", () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe("normal CDF", () => {
  it.each([
    [1.96, 0.9750021048517795],
    [-1.96, 0.024997895148220435],
    [0, 0.5],
    [1, 0.8413447460685429],
    [0.5, 0.6914624612740131],
    [3, 0.9986501019683699],
  ])("Φ(%s) matches the reference to 1e-7", (z, expected) => {
    expect(Math.abs(normalCdf(z) - expected)).toBeLessThan(1e-7);
  });

  it("keeps relative accuracy far in the tail", () => {
    // Φ(-5) = 2.866515718791933e-7 and Φ(-8) = 6.22096057427174e-16
    expect(normalCdf(-5) / 2.866515718791933e-7).toBeCloseTo(1, 6);
    expect(normalCdf(-8) / 6.22096057427174e-16).toBeCloseTo(1, 6);
  });

  it("inverts the quantile", () => {
    for (const p of [0.001, 0.025, 0.2, 0.5, 0.8, 0.975, 0.999]) expect(Math.abs(normalCdf(normalQuantile(p)) - p)).toBeLessThan(1e-7);
  });

  it("gives the two-sided p-value and erfc symmetry", () => {
    expect(twoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 7);
    expect(twoSidedPValue(-2.650171951258532)).toBeCloseTo(0.008045081368196585, 8);
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(-1) + erfc(1)).toBeCloseTo(2, 12);
  });
});
