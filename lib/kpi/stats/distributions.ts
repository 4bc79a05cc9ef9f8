import type { Rng } from "./prng";

/** Standard normal variate by the Marsaglia polar method (exact, no trigonometry). */
export function sampleStandardNormal(rng: Rng): number {
  for (;;) {
    const u = 2 * rng() - 1;
    const v = 2 * rng() - 1;
    const s = u * u + v * v;
    // The second variate of the pair is dropped: keeping it would need hidden state and make
    // the draw sequence depend on call history across samplers.
    if (s > 0 && s < 1) return u * Math.sqrt((-2 * Math.log(s)) / s);
  }
}

/**
 * Gamma(shape, 1) by Marsaglia & Tsang (2000), "A simple method for generating gamma variables".
 * For shape < 1 it uses their boost: Gamma(a) = Gamma(a + 1) · U^(1/a). Beta posteriors with a
 * Beta(0.5, 0.5) (Jeffreys) prior and no data need that branch.
 */
export function sampleGamma(shape: number, rng: Rng): number {
  if (!(shape > 0) || !Number.isFinite(shape)) throw new RangeError(`gamma shape must be positive, got ${shape}`);
  if (shape < 1) {
    // 1 − rng() is in (0, 1], so the power never hits 0^(1/a) = 0 by accident of a zero draw.
    return sampleGamma(shape + 1, rng) * (1 - rng()) ** (1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    const x = sampleStandardNormal(rng);
    const base = 1 + c * x;
    if (base <= 0) continue;
    const v = base * base * base;
    const u = 1 - rng();
    // Squeeze test first: accepts ~98 % of draws without a logarithm.
    if (u < 1 - 0.0331 * x ** 4) return d * v;
    if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** Beta(alpha, beta) as X / (X + Y) with X ~ Gamma(alpha), Y ~ Gamma(beta). */
export function sampleBeta(alpha: number, beta: number, rng: Rng): number {
  const x = sampleGamma(alpha, rng);
  const y = sampleGamma(beta, rng);
  const sum = x + y;
  // Both can underflow to 0 for tiny shapes; fall back to the mean instead of 0/0.
  return sum > 0 ? x / sum : alpha / (alpha + beta);
}
