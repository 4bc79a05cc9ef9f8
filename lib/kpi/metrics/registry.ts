import { cpaMinor, cpcMinor, ctr, cvr, roas } from "./derived";
import type { Totals } from "./totals";

export type MetricId = "impressions" | "clicks" | "conversions" | "cost" | "revenue" | "ctr" | "cpc" | "cvr" | "cpa" | "roas";

/**
 * count: plain number; percent: a fraction shown as %; currency: minor units of the totals'
 * currency; ratio: a unitless multiple (ROAS 3.2 = 3.20 of revenue per 1 of cost).
 */
export type MetricFormat = "count" | "percent" | "currency" | "ratio";

/**
 * "neutral" is for spend: more cost is neither good nor bad on its own, and colouring a budget
 * increase red would tell a manager that spending the planned budget is a problem.
 */
export type MetricDirection = "higher-is-better" | "lower-is-better" | "neutral";

export interface MetricDefinition {
  id: MetricId;
  label: string;
  format: MetricFormat;
  direction: MetricDirection;
  /** Human-readable definition for tooltips and the CSV export's legend. */
  formula: string;
  /** Needs money, so only meaningful within one currency (see `sumTotals`). */
  currencyBound: boolean;
  /** The one implementation of the metric; `null` when undefined (zero denominator). */
  compute: (totals: Totals) => number | null;
}

/**
 * The metric registry: the dashboard, the period comparison and the CSV export read labels,
 * formats and formulas from here, so "CTR" cannot mean two things in two places.
 */
export const METRICS: readonly MetricDefinition[] = [
  {
    id: "impressions",
    label: "Impressions",
    format: "count",
    direction: "higher-is-better",
    formula: "Number of times an ad was shown",
    currencyBound: false,
    compute: (t) => t.impressions,
  },
  {
    id: "clicks",
    label: "Clicks",
    format: "count",
    direction: "higher-is-better",
    formula: "Number of clicks on an ad",
    currencyBound: false,
    compute: (t) => t.clicks,
  },
  {
    id: "conversions",
    label: "Conversions",
    format: "count",
    direction: "higher-is-better",
    formula: "Conversions as reported by the ad platform (may be fractional with data-driven attribution)",
    currencyBound: false,
    compute: (t) => t.conversions,
  },
  {
    id: "cost",
    label: "Cost",
    format: "currency",
    direction: "neutral",
    formula: "Ad spend",
    currencyBound: true,
    compute: (t) => t.costMinor,
  },
  {
    id: "revenue",
    label: "Conversion value",
    format: "currency",
    direction: "higher-is-better",
    formula: "Revenue attributed to conversions",
    currencyBound: true,
    compute: (t) => t.revenueMinor,
  },
  {
    id: "ctr",
    label: "CTR",
    format: "percent",
    direction: "higher-is-better",
    formula: "Clicks ÷ impressions",
    currencyBound: false,
    compute: ctr,
  },
  {
    id: "cpc",
    label: "CPC",
    format: "currency",
    direction: "lower-is-better",
    formula: "Cost ÷ clicks",
    currencyBound: true,
    compute: cpcMinor,
  },
  {
    id: "cvr",
    label: "Conversion rate",
    format: "percent",
    direction: "higher-is-better",
    formula: "Conversions ÷ clicks",
    currencyBound: false,
    compute: cvr,
  },
  {
    id: "cpa",
    label: "CPA",
    format: "currency",
    direction: "lower-is-better",
    formula: "Cost ÷ conversions",
    currencyBound: true,
    compute: cpaMinor,
  },
  {
    id: "roas",
    label: "ROAS",
    format: "ratio",
    direction: "higher-is-better",
    formula: "Conversion value ÷ cost",
    currencyBound: true,
    compute: roas,
  },
];

export function getMetric(id: MetricId): MetricDefinition {
  const metric = METRICS.find((m) => m.id === id);
  // Unreachable for a typed MetricId; guards ids arriving from URLs or saved views.
  if (!metric) throw new RangeError(`unknown metric '${id}'`);
  return metric;
}

export function isMetricId(value: string): value is MetricId {
  return METRICS.some((m) => m.id === value);
}
