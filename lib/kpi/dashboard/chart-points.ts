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

export function buildChartPoints(series: readonly SeriesPoint[], currency: string | null): ChartPoint[] {
  return series.map((point) => {
    const money = currency ? (point.byCurrency.find((t) => t.currency === currency) ?? emptyTotals(currency)) : null;
    const major = (minor: number | null) => (minor === null || !currency ? null : minorToMajor(minor, currency));
    return {
      key: point.key,
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
