import type { MetricDirection } from "./registry";

/**
 * Relative change against the previous period, as a fraction (0.25 = +25 %).
 * `null` when either value is missing or the previous value is 0: growth from nothing has no
 * meaningful percentage, and "+∞ %" on a dashboard reads like an error.
 */
export function relativeChange(current: number | null, previous: number | null): number | null {
  if (current === null || previous === null || previous === 0) return null;
  if (!Number.isFinite(current) || !Number.isFinite(previous)) return null;
  // Divide by |previous| so a loss shrinking from -100 to -50 reads as an improvement (+50 %).
  return (current - previous) / Math.abs(previous);
}

export type ChangeAssessment = "better" | "worse" | "unchanged" | "neutral";

/**
 * Whether a change is good news for the metric, so the UI colours "CPC −10 %" green and
 * "CTR −10 %" red from one rule. `null` when there is no change to judge.
 */
export function assessChange(change: number | null, direction: MetricDirection): ChangeAssessment | null {
  if (change === null) return null;
  if (change === 0) return "unchanged";
  if (direction === "neutral") return "neutral";
  const up = change > 0;
  return up === (direction === "higher-is-better") ? "better" : "worse";
}
