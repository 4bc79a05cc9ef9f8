/**
 * Standard normal distribution without a statistics dependency: the CDF from a Chebyshev
 * approximation of erfc and the quantile from Acklam's rational approximation.
 */

/**
 * Complementary error function, Numerical Recipes' `erfcc` (Chebyshev fit). Its *fractional*
 * error is below 1.2e-7 everywhere, so tail probabilities (small p-values) keep their relative
 * accuracy; the popular Abramowitz–Stegun 7.1.26 erf is only 1.5e-7 in absolute terms, which
 * turns a p-value of 1e-8 into noise.
 */
export function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/** Φ(z) = P(Z ≤ z). Φ(1.96) = 0.9750021. */
export function normalCdf(z: number): number {
  if (Number.isNaN(z)) return Number.NaN;
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided tail probability P(|Z| ≥ |z|), computed from erfc directly so it does not lose digits as 1 − Φ. */
export function twoSidedPValue(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

// Coefficients of Peter J. Acklam's algorithm (relative error < 1.15e-9 over (0, 1)).
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239] as const;
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1] as const;
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783] as const;
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416] as const;
const P_LOW = 0.02425;

/**
 * Φ⁻¹(p), the normal quantile: z(0.975) = 1.959964. Acklam's algorithm, without the optional
 * refinement step: refining with an erfc good to ~1e-7 would make the 1e-9 result worse.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normal quantile needs 0 < p < 1, got ${p}`);
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  if (p > 1 - P_LOW) {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    return -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  const q = p - 0.5;
  const r = q * q;
  return ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
}
