import { assessChange, relativeChange, type ChangeAssessment } from "./change";
import type { MetricDirection } from "./registry";

/**
 * How much of the previous period has data. A comparison against a period in which most days are
 * empty (the 90 days before an account started, a gap in the imports) measures the gap, not the
 * campaign: "+399.7 %" against 30 days of data spread over 90 is noise dressed as a result.
 */
export interface PeriodCoverage {
  daysWithData: number;
  days: number;
}

/**
 * The previous period must have data on at least half of its days. Half, because weekday
 * seasonality and a few missing export days still leave a fair average, while a period that is
 * mostly empty (an account that started within it) inflates the change several times over. Days,
 * not impressions: volume is what the comparison is about, so a volume floor would hide exactly
 * the drops it should show.
 */
export const MIN_PREVIOUS_COVERAGE = 0.5;

export function hasEnoughCoverage(coverage: PeriodCoverage): boolean {
  return coverage.days > 0 && coverage.daysWithData >= coverage.days * MIN_PREVIOUS_COVERAGE;
}

/**
 * Changes smaller than half of the displayed precision (0.1 %) round to "0 %": such a change is
 * reported as unchanged, so "−0 %" is never coloured as bad news.
 */
export const NEGLIGIBLE_CHANGE = 0.0005;

export type Comparison =
  | { kind: "change"; change: number; assessment: ChangeAssessment }
  /** The previous period has too little data: no percentage, the reason instead. */
  | { kind: "not-enough-data"; coverage: PeriodCoverage }
  /** Nothing to compare with (no previous value, or it was 0). */
  | { kind: "none" };

export function compareWithPrevious(options: { current: number | null; previous: number | null; direction: MetricDirection; coverage: PeriodCoverage }): Comparison {
  if (!hasEnoughCoverage(options.coverage)) return { kind: "not-enough-data", coverage: options.coverage };
  const raw = relativeChange(options.current, options.previous);
  if (raw === null) return { kind: "none" };
  const change = Math.abs(raw) < NEGLIGIBLE_CHANGE ? 0 : raw;
  return { kind: "change", change, assessment: assessChange(change, options.direction) ?? "unchanged" };
}

/** The sentence shown instead of a percentage. */
export function notEnoughDataText(coverage: PeriodCoverage): string {
  return `not enough data in the previous period (${coverage.daysWithData} of ${coverage.days} days)`;
}

/** "+12.5 %", "−3 %", "±0 %": the sign is explicit and zero carries none. */
export function formatChange(change: number, locale = "en"): string {
  const sign = change > 0 ? "+" : change < 0 ? "−" : "±";
  return `${sign}${new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(Math.abs(change))}`;
}
