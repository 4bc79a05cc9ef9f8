import { describe, expect, it } from "vitest";
import { sampleBeta, sampleGamma, sampleStandardNormal } from "./distributions";
import { createRng } from "./prng";

const N = 40_000;
function moments(sample: () => number): { mean: number; variance: number } {
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < N; i++) {
    const x = sample();
    sum += x;
    sumSq += x * x;
  }
  const mean = sum / N;
  return { mean, variance: sumSq / N - mean * mean };
}

describe("samplers", () => {
  it("draws standard normals", () => {
    const rng = createRng(2);
    const { mean, variance } = moments(() => sampleStandardNormal(rng));
    expect(Math.abs(mean)).toBeLessThan(0.02);
    expect(variance).toBeCloseTo(1, 1);
  });

  it.each([0.3, 1, 2.5, 40])("draws Gamma(%s) with mean = variance = shape", (shape) => {
    const rng = createRng(3);
    const { mean, variance } = moments(() => sampleGamma(shape, rng));
    // Standard error of the mean is √(shape/N); allow 5 of them.
    expect(Math.abs(mean - shape)).toBeLessThan(5 * Math.sqrt(shape / N));
    expect(variance / shape).toBeGreaterThan(0.9);
    expect(variance / shape).toBeLessThan(1.1);
  });

  it("draws Beta(2, 5) with mean 2/7 and variance 10/392", () => {
    const rng = createRng(4);
    const { mean, variance } = moments(() => sampleBeta(2, 5, rng));
    expect(mean).toBeCloseTo(2 / 7, 2);
    expect(variance).toBeCloseTo(10 / 392, 3);
  });

  it("handles the alpha < 1 boost for Beta(0.5, 0.5)", () => {
    const rng = createRng(5);
    const { mean, variance } = moments(() => sampleBeta(0.5, 0.5, rng));
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(0.125, 2); // αβ/((α+β)²(α+β+1)) = 0.25/2
  });

  it("rejects non-positive shapes", () => {
    expect(() => sampleGamma(0, createRng(1))).toThrow(RangeError);
  });
});
