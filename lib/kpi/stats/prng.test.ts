import { describe, expect, it } from "vitest";
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

describe("seeded PRNG", () => {
  it("repeats the same sequence for the same seed and differs across seeds", () => {
    const take = (seed: number | string) => {
      const rng = createRng(seed);
      return Array.from({ length: 5 }, () => rng());
    };
    expect(take(42)).toEqual(take(42));
    expect(take("workspace-7")).toEqual(take("workspace-7"));
    expect(take(42)).not.toEqual(take(43));
  });

  it("is uniform on [0, 1): mean 1/2, variance 1/12, decile counts balanced", () => {
    const rng = createRng(1);
    const deciles = new Array<number>(10).fill(0);
    let outOfRange = 0;
    const { mean, variance } = moments(() => {
      const x = rng();
      if (x < 0 || x >= 1) outOfRange++;
      else deciles[Math.floor(x * 10)]! += 1;
      return x;
    });
    expect(outOfRange).toBe(0);
    expect(mean).toBeCloseTo(0.5, 2);
    expect(variance).toBeCloseTo(1 / 12, 2);
    for (const count of deciles) expect(Math.abs(count - N / 10)).toBeLessThan(N / 10 * 0.06);
  });
});
