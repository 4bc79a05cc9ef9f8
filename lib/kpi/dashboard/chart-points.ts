import { minorToMajor } from "@/lib/kpi/metrics/currency";
import { cpaMinor, cpcMinor, ctr, cvr, roas } from "@/lib/kpi/metrics/derived";
import type { SeriesPoint } from "@/lib/kpi/queries/series";
import { emptyTotals } from "@/lib/kpi/metrics/totals";

/**
 * One point of the performance chart, flat and serialisable for the client chart. Rates are
 * fractions; money is in major units of the chart's currency. A null is a gap in the line
 * (an undefined rate, e.g. CTR of a day without impressions), never a 0.
 */
export interface ChartPoint {
  key: string;
  /** The bucket misses days (cut by the range, or not imported yet): drawn dashed, labelled "partial". */
  partial: boolean;
  impressions: number;
  clicks: number;
  conversions: number;
  ctr: number | null;
  cvr: number | null;
  aiCtr: number | null;
  otherCtr: number | null;
  cost: number | null;
  revenue: number | null;
  cpc: number | null;
  cpa: number | null;
  roas: number | null;
}

export function buildChartPoints(series: readonly SeriesPoint[], currency: string | null, partialKeys: ReadonlySet<string> = new Set()): ChartPoint[] {
  return series.map((point) => {
    const money = currency ? (point.byCurrency.find((t) => t.currency === currency) ?? emptyTotals(currency)) : null;
    const major = (minor: number | null) => (minor === null || !currency ? null : minorToMajor(minor, currency));
    return {
      key: point.key,
      partial: partialKeys.has(point.key),
      impressions: point.counts.impressions,
      clicks: point.counts.clicks,
      conversions: point.counts.conversions,
      ctr: ctr(point.counts),
      cvr: cvr(point.counts),
      aiCtr: ctr(point.aiCounts),
      otherCtr: ctr(point.otherCounts),
      cost: money ? major(money.costMinor) : null,
      revenue: money ? major(money.revenueMinor) : null,
      cpc: money ? major(cpcMinor(money)) : null,
      cpa: money ? major(cpaMinor(money)) : null,
      roas: money ? roas(money) : null,
    };
  });
}

/** A chart row with each line's value split into a solid part (full buckets) and a dashed part (partial ones). */
export type SplitChartRow = { key: string; partial: boolean } & Record<string, number | null | string | boolean>;

export const solidKey = (key: string) => `${key}:solid`;
export const partialKey = (key: string) => `${key}:partial`;

/**
 * Splits every line into two series so the chart can draw partial buckets dashed. The dashed part
 * also holds the full neighbour of each partial bucket, so the two parts meet instead of leaving a gap.
 */
export function splitPartialPoints(points: readonly ChartPoint[], keys: readonly (keyof ChartPoint)[]): SplitChartRow[] {
  return points.map((point, index) => {
    const touchesPartial = point.partial || Boolean(points[index - 1]?.partial) || Boolean(points[index + 1]?.partial);
    const row: SplitChartRow = { key: point.key, partial: point.partial };
    for (const key of keys) {
      const value = point[key];
      const numeric = typeof value === "number" ? value : null;
      row[solidKey(key)] = point.partial ? null : numeric;
      row[partialKey(key)] = touchesPartial ? numeric : null;
    }
    return row;
  });
}
