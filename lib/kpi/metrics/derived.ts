import type { Counts, Totals } from "./totals";

/**
 * Derived metrics. Convention for every ratio here: a zero denominator yields `null`, never
 * NaN or Infinity. "No impressions" means the CTR is undefined, not 0 %, and the UI shows "—";
 * NaN would also poison any later arithmetic and serialise to `null` in JSON anyway.
 */
export function safeRatio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  return numerator / denominator;
}

/** Click-through rate, clicks ÷ impressions, as a fraction (0.05 = 5 %). */
export const ctr = (t: Counts): number | null => safeRatio(t.clicks, t.impressions);

/** Conversion rate, conversions ÷ clicks, as a fraction. Can exceed 1 with several conversions per click. */
export const cvr = (t: Counts): number | null => safeRatio(t.conversions, t.clicks);

/** Cost per click in minor units, unrounded: rounding belongs to display, not to arithmetic. */
export const cpcMinor = (t: Totals): number | null => safeRatio(t.costMinor, t.clicks);

/** Cost per acquisition (conversion) in minor units, unrounded. */
export const cpaMinor = (t: Totals): number | null => safeRatio(t.costMinor, t.conversions);

/** Return on ad spend, conversion value ÷ cost. Both are in the same currency, so it is unitless. */
export const roas = (t: Totals): number | null => safeRatio(t.revenueMinor, t.costMinor);

export interface DerivedMetrics {
  ctr: number | null;
  cpcMinor: number | null;
  cvr: number | null;
  cpaMinor: number | null;
  roas: number | null;
}

export function deriveMetrics(t: Totals): DerivedMetrics {
  return { ctr: ctr(t), cpcMinor: cpcMinor(t), cvr: cvr(t), cpaMinor: cpaMinor(t), roas: roas(t) };
}
