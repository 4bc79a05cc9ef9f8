import type { Totals } from "@/lib/kpi/metrics/totals";

/** A query's sums as `Totals` (drivers answer numbers or numeric strings). Conversions keep two decimals. */
export function totalsFromRow(row: { currency: string; impressions: number | string; clicks: number | string; conversions: number | string; cost_minor: number | string; revenue_minor: number | string }): Totals {
  return {
    impressions: Number(row.impressions),
    clicks: Number(row.clicks),
    conversions: Math.round(Number(row.conversions) * 100) / 100,
    costMinor: Number(row.cost_minor),
    revenueMinor: Number(row.revenue_minor),
    currency: row.currency,
  };
}
