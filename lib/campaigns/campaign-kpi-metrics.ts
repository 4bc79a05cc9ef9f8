import { getMetric, type MetricDefinition, type MetricId } from "@/lib/kpi/metrics/registry";
import type { SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import { emptyTotals } from "@/lib/kpi/metrics/totals";

/** The figures a campaign page shows, in its order; definitions and formulas are the registry's. */
export const CAMPAIGN_KPI_METRICS: readonly MetricId[] = ["impressions", "clicks", "ctr", "conversions", "cost", "cpa", "revenue", "roas"];

export type CampaignKpiFigure = {
  metric: MetricDefinition;
  /** One value for counts and rates over counts; one per currency for money (never added across currencies). */
  values: { currency: string | null; value: number | null }[];
};

/**
 * The campaign's figures from its summed rows, computed by the metric registry exactly as the
 * dashboard's tiles compute them: counts over every currency, money metrics per currency.
 */
export function campaignKpiFigures(totals: SummedTotals): CampaignKpiFigure[] {
  return CAMPAIGN_KPI_METRICS.map((id) => {
    const metric = getMetric(id);
    if (!metric.currencyBound) return { metric, values: [{ currency: null, value: metric.compute({ ...emptyTotals(""), ...totals.counts }) }] };
    return { metric, values: totals.byCurrency.map((group) => ({ currency: group.currency, value: metric.compute(group) })) };
  });
}
