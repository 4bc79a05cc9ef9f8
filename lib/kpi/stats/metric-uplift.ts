import type { Counts } from "@/lib/kpi/metrics/totals";
import { twoProportionUplift, type UpliftInput, type UpliftResult } from "./two-proportion-uplift";

export type ProportionMetric = "ctr" | "cvr";

/**
 * Successes and trials of a rate metric: CTR = clicks of impressions, CVR = conversions of clicks.
 * Google Ads reports fractional conversions (data-driven attribution); a binomial test needs whole
 * events, so conversions are rounded to the nearest integer here and only here.
 */
export function proportionCounts(metric: ProportionMetric, counts: Counts): { successes: number; trials: number } {
  return metric === "ctr" ? { successes: counts.clicks, trials: counts.impressions } : { successes: Math.round(counts.conversions), trials: counts.clicks };
}

/** Uplift of AI-generated variants (`ai`) against the others on CTR or CVR. */
export function metricUplift(
  metric: ProportionMetric,
  ai: Counts,
  others: Counts,
  options: Pick<UpliftInput, "confidence" | "minimums"> = {},
): UpliftResult {
  const a = proportionCounts(metric, ai);
  const b = proportionCounts(metric, others);
  return twoProportionUplift({ successesA: a.successes, trialsA: a.trials, successesB: b.successes, trialsB: b.trials, ...options });
}
