import { describe, expect, it } from "vitest";
import { katzRatioInterval, newcombeDifferenceInterval, wilsonInterval } from "./intervals";

const Z95 = 1.959963984540054;

describe("Wilson score interval", () => {
  it("matches hand-computed values", () => {
    // 56/70 at 95 %: 0.69183 to 0.87695 (also the l1, u1 used in Newcombe's worked example)
    const w = wilsonInterval(56, 70, Z95);
    expect(w?.lower).toBeCloseTo(0.6918336, 6);
    expect(w?.upper).toBeCloseTo(0.8769526, 6);
  });

  it("stays inside [0, 1] and keeps width at 0 successes", () => {
    const w = wilsonInterval(0, 20, Z95);
    expect(w?.lower).toBe(0);
    expect(w?.upper).toBeCloseTo(0.16113, 4); // z²/(n+z²) = 3.8415/23.8415
    expect(wilsonInterval(0, 0, Z95)).toBeNull();
  });
});

describe("Newcombe hybrid score interval (method 10)", () => {
  // Reference: R. G. Newcombe, "Interval estimation for the difference between independent
  // proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890, Table II,
  // method 10 (score, no continuity correction):
  //   (a) 56/70 − 48/80:  0.0524 to 0.3339
  //   (c) 9/10 − 3/10:    0.1705 to 0.8090
  //   (e) 5/56 − 0/29:   −0.0381 to 0.1926
  it.each([
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [5, 56, 0, 29, -0.0381, 0.1926],
  ])("%i/%i − %i/%i reproduces Table II", (x1, n1, x2, n2, lower, upper) => {
    const ci = newcombeDifferenceInterval(x1, n1, x2, n2, Z95);
    expect(ci?.lower).toBeCloseTo(lower, 4);
    expect(ci?.upper).toBeCloseTo(upper, 4);
  });

  it("is asymmetric around the estimate, unlike Wald", () => {
    const ci = newcombeDifferenceInterval(56, 70, 48, 80, Z95);
    if (!ci) throw new Error("expected an interval");
    expect(0.2 - ci.lower).not.toBeCloseTo(ci.upper - 0.2, 3);
  });
});

describe("Katz log interval for the ratio", () => {
  it("matches the hand-computed value for 56/70 vs 48/80", () => {
    // RR = 0.8 / 0.6 = 1.33333; SE(ln RR) = √(1/56 − 1/70 + 1/48 − 1/80) = 0.109109;
    // exp(ln 1.33333 ± 1.959964 · 0.109109) = 1.076626 to 1.651249.
    const ci = katzRatioInterval(56, 70, 48, 80, Z95);
    expect(ci?.lower).toBeCloseTo(1.076626, 5);
    expect(ci?.upper).toBeCloseTo(1.651249, 5);
  });

  it("is undefined with zero successes on either side", () => {
    expect(katzRatioInterval(0, 100, 5, 100, Z95)).toBeNull();
    expect(katzRatioInterval(5, 100, 0, 100, Z95)).toBeNull();
  });
});
