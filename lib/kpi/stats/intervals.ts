/** Confidence intervals for proportions and their comparisons. All take a two-sided critical value z. */

export interface Interval {
  lower: number;
  upper: number;
}

/**
 * Wilson score interval for one proportion (no continuity correction). Unlike the Wald interval
 * p ± z·√(p(1−p)/n) it stays inside [0, 1] and does not collapse to zero width at 0 successes,
 * which matters for conversion counts in the single digits.
 */
export function wilsonInterval(successes: number, trials: number, z: number): Interval | null {
  if (trials <= 0) return null;
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const halfWidth = (z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials))) / denominator;
  // Clamp rounding noise (centre − halfWidth can come out as −1e-17 at p = 0).
  return { lower: Math.max(0, centre - halfWidth), upper: Math.min(1, centre + halfWidth) };
}

/**
 * Interval for p1 − p2 by Newcombe's hybrid score method (method 10 in Newcombe 1998,
 * "Interval estimation for the difference between independent proportions", Stat Med 17:873–890),
 * combining the two Wilson intervals:
 *   lower = d − √((p1 − l1)² + (u2 − p2)²),  upper = d + √((u1 − p1)² + (p2 − l2)²).
 * Chosen over Wald because Wald's coverage falls well below nominal for small counts and is
 * degenerate at 0 successes, both common for CVR on a single ad variant.
 */
export function newcombeDifferenceInterval(successesA: number, trialsA: number, successesB: number, trialsB: number, z: number): Interval | null {
  const a = wilsonInterval(successesA, trialsA, z);
  const b = wilsonInterval(successesB, trialsB, z);
  if (!a || !b) return null;
  const pA = successesA / trialsA;
  const pB = successesB / trialsB;
  const d = pA - pB;
  return {
    lower: d - Math.sqrt((pA - a.lower) ** 2 + (b.upper - pB) ** 2),
    upper: d + Math.sqrt((a.upper - pA) ** 2 + (pB - b.lower) ** 2),
  };
}

/**
 * Interval for the ratio p1 / p2 by the Katz log method: ln(RR) ± z·√(1/x1 − 1/n1 + 1/x2 − 1/n2),
 * exponentiated. Undefined when either group has 0 successes (the log ratio is ±∞); callers
 * then show no relative interval rather than an invented one.
 */
export function katzRatioInterval(successesA: number, trialsA: number, successesB: number, trialsB: number, z: number): Interval | null {
  if (successesA <= 0 || successesB <= 0 || trialsA <= 0 || trialsB <= 0) return null;
  const ratio = successesA / trialsA / (successesB / trialsB);
  const se = Math.sqrt(1 / successesA - 1 / trialsA + 1 / successesB - 1 / trialsB);
  return { lower: ratio * Math.exp(-z * se), upper: ratio * Math.exp(z * se) };
}
