import { katzRatioInterval, newcombeDifferenceInterval, wilsonInterval, type Interval } from "./intervals";
import { normalQuantile, twoSidedPValue } from "./normal";

export type UpliftVerdict = "insufficient data" | "significant uplift" | "significant drop" | "no significant difference";

/**
 * Below these sample sizes the verdict is "insufficient data", whatever the p-value says.
 * - trials ≥ 100 per group: fewer impressions or clicks than that is a test that has not run yet.
 * - successes ≥ 5 and failures ≥ 5 per group: the usual n·p ≥ 5 rule for the normal approximation
 *   behind the z-test and the Katz interval; below it their p-values are unreliable.
 * The rates and intervals are still returned, so the UI can show the numbers with the warning.
 */
export interface UpliftMinimums {
  trials: number;
  successes: number;
  failures: number;
}

export const UPLIFT_MINIMUMS: UpliftMinimums = { trials: 100, successes: 5, failures: 5 };

export interface UpliftInput {
  /** Group A: AI-generated variants. */
  successesA: number;
  trialsA: number;
  /** Group B: all other variants. */
  successesB: number;
  trialsB: number;
  /** Two-sided confidence level for the intervals; the test's alpha is 1 − confidence. */
  confidence?: number;
  minimums?: UpliftMinimums;
}

export interface GroupRate {
  successes: number;
  trials: number;
  /** successes ÷ trials; null without trials. */
  rate: number | null;
  /** Wilson score interval of the rate. */
  interval: Interval | null;
}

export interface Estimate {
  estimate: number;
  interval: Interval | null;
}

export interface UpliftResult {
  confidence: number;
  a: GroupRate;
  b: GroupRate;
  /** rateA − rateB with Newcombe's hybrid score interval (method 10). */
  difference: Estimate | null;
  /** rateA ÷ rateB − 1 with the Katz log interval; null when rateB is 0. */
  relativeUplift: Estimate | null;
  /** Pooled two-proportion z statistic and its two-sided p-value. */
  zScore: number | null;
  pValue: number | null;
  verdict: UpliftVerdict;
  /** One sentence on why the verdict is what it is (English: CSV export and logs). */
  reason: string;
  /** The same reason as a code and its numbers, so the UI can say it in the member's language. */
  why: UpliftReason;
}

/** Why a verdict is what it is. Group "a" = AI-generated, "b" = the others; p is null when not computable. */
export type UpliftReason =
  | { code: "no-trials"; group: "a" | "b" }
  | { code: "successes-exceed-trials"; group: "a" | "b"; successes: number; trials: number }
  | { code: "too-few-trials" | "too-few-successes" | "too-few-failures"; group: "a" | "b"; count: number; minimum: number }
  | { code: "significant" | "not-significant"; p: number | null; alpha: number };

/** "0.0032", or "< 0.0001" where toPrecision would print an underflowed p as "0.0". */
export function formatPValue(p: number): string {
  return p < 0.0001 ? "< 0.0001" : `= ${p.toPrecision(2)}`;
}

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

function groupRate(successes: number, trials: number, z: number): GroupRate {
  return { successes, trials, rate: trials > 0 ? successes / trials : null, interval: successes <= trials ? wilsonInterval(successes, trials, z) : null };
}

interface Counts2x2 {
  successesA: number;
  trialsA: number;
  successesB: number;
  trialsB: number;
}

function insufficientReason(input: Counts2x2, minimums: UpliftMinimums): { reason: string; why: UpliftReason } | null {
  const groups = [
    { id: "a", name: "A (AI-generated)", successes: input.successesA, trials: input.trialsA },
    { id: "b", name: "B (others)", successes: input.successesB, trials: input.trialsB },
  ] as const;
  for (const g of groups) {
    if (g.trials === 0) return { reason: `group ${g.name} has no trials yet`, why: { code: "no-trials", group: g.id } };
    if (g.successes > g.trials)
      return {
        reason: `group ${g.name} has more successes (${g.successes}) than trials (${g.trials}), so the rate is not a proportion`,
        why: { code: "successes-exceed-trials", group: g.id, successes: g.successes, trials: g.trials },
      };
  }
  for (const g of groups) {
    if (g.trials < minimums.trials)
      return { reason: `group ${g.name} has ${g.trials} trials; at least ${minimums.trials} are needed`, why: { code: "too-few-trials", group: g.id, count: g.trials, minimum: minimums.trials } };
    if (g.successes < minimums.successes)
      return { reason: `group ${g.name} has ${g.successes} successes; at least ${minimums.successes} are needed`, why: { code: "too-few-successes", group: g.id, count: g.successes, minimum: minimums.successes } };
    if (g.trials - g.successes < minimums.failures)
      return {
        reason: `group ${g.name} has ${g.trials - g.successes} failures; at least ${minimums.failures} are needed`,
        why: { code: "too-few-failures", group: g.id, count: g.trials - g.successes, minimum: minimums.failures },
      };
  }
  return null;
}

/**
 * Compares two proportions (CTR: clicks of impressions; CVR: conversions of clicks), A = AI-generated
 * variants against B = the others.
 *
 * "Significant" requires both the pooled z-test's p < 1 − confidence and a difference interval
 * that excludes 0. The two methods can disagree by a hair at the boundary; requiring both means the
 * verdict never contradicts the interval displayed next to it.
 *
 * The test treats every impression (or click) as an independent trial, which ignores clustering by
 * day, placement or audience; with ad data that makes intervals somewhat too narrow, so the verdict
 * is a screening signal, not proof.
 */
export function twoProportionUplift(input: UpliftInput): UpliftResult {
  const confidence = input.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be between 0 and 1, got ${confidence}`);
  const { successesA, trialsA, successesB, trialsB } = input;
  assertCount("successesA", successesA);
  assertCount("trialsA", trialsA);
  assertCount("successesB", successesB);
  assertCount("trialsB", trialsB);
  const minimums = input.minimums ?? UPLIFT_MINIMUMS;
  const z = normalQuantile(1 - (1 - confidence) / 2);

  const a = groupRate(successesA, trialsA, z);
  const b = groupRate(successesB, trialsB, z);
  const valid = trialsA > 0 && trialsB > 0 && successesA <= trialsA && successesB <= trialsB;

  let difference: Estimate | null = null;
  let relativeUplift: Estimate | null = null;
  let zScore: number | null = null;
  let pValue: number | null = null;
  if (valid && a.rate !== null && b.rate !== null) {
    difference = { estimate: a.rate - b.rate, interval: newcombeDifferenceInterval(successesA, trialsA, successesB, trialsB, z) };
    if (b.rate > 0) {
      const ratio = katzRatioInterval(successesA, trialsA, successesB, trialsB, z);
      relativeUplift = { estimate: a.rate / b.rate - 1, interval: ratio && { lower: ratio.lower - 1, upper: ratio.upper - 1 } };
    }
    const pooled = (successesA + successesB) / (trialsA + trialsB);
    const se = Math.sqrt(pooled * (1 - pooled) * (1 / trialsA + 1 / trialsB));
    // All successes or all failures in both groups: no variance, nothing to test.
    if (se > 0) {
      zScore = (a.rate - b.rate) / se;
      pValue = twoSidedPValue(zScore);
    }
  }

  const base = { confidence, a, b, difference, relativeUplift, zScore, pValue };
  const insufficient = insufficientReason({ successesA, trialsA, successesB, trialsB }, minimums);
  if (insufficient) return { ...base, verdict: "insufficient data", ...insufficient };

  const alpha = 1 - confidence;
  const interval = difference?.interval;
  const excludesZero = interval ? interval.lower > 0 || interval.upper < 0 : false;
  if (pValue !== null && pValue < alpha && excludesZero && difference) {
    const up = difference.estimate > 0;
    return { ...base, verdict: up ? "significant uplift" : "significant drop", reason: `p ${formatPValue(pValue)} < ${alpha.toPrecision(2)} and the interval excludes 0`, why: { code: "significant", p: pValue, alpha } };
  }
  return { ...base, verdict: "no significant difference", reason: `p ${pValue === null ? "= n/a" : formatPValue(pValue)} ≥ ${alpha.toPrecision(2)} or the interval includes 0`, why: { code: "not-significant", p: pValue, alpha } };
}
