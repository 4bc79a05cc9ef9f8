import "server-only";
import type { Database } from "@/lib/db/types";
import type { DateRange, Granularity } from "@/lib/kpi/metrics/period";
import { metricUplift } from "@/lib/kpi/stats/metric-uplift";
import type { UpliftResult } from "@/lib/kpi/stats/two-proportion-uplift";
import { getAssetPerformance, rankAssets, type AssetPerformance } from "@/lib/kpi/queries/assets";
import { getBreakdown, getViewOptions, type BreakdownRow, type ViewOptions } from "@/lib/kpi/queries/breakdowns";
import type { RowScope } from "@/lib/kpi/queries/scope";
import { getTimeSeries } from "@/lib/kpi/queries/series";
import { getPerformanceSummary, type PerformanceSummary } from "@/lib/kpi/queries/summary";
import { buildChartPoints, type ChartPoint } from "./chart-points";
import { partialBucketKeys } from "./partial-periods";
import { buildTiles, chooseChartCurrency, type Tile } from "./tiles";

export interface PerformanceView {
  summary: PerformanceSummary;
  tiles: Tile[];
  chart: ChartPoint[];
  chartCurrency: string | null;
  platforms: BreakdownRow[];
  campaigns: BreakdownRow[];
  uplift: { ctr: UpliftResult; cvr: UpliftResult };
  assets: AssetPerformance[];
  ranking: ReturnType<typeof rankAssets>;
  options: ViewOptions;
}

/** Everything the Performance tab shows, for one view. The queries run concurrently on PostgreSQL. */
export async function loadPerformanceView(
  db: Database,
  options: { scope: RowScope; granularity: Granularity; currency?: string; optionsRange: DateRange; latestDataDate: string | null },
): Promise<PerformanceView> {
  const { scope } = options;
  const [summary, series, platforms, campaigns, assets, viewOptions] = await Promise.all([
    getPerformanceSummary(db, scope),
    getTimeSeries(db, { ...scope, granularity: options.granularity }),
    getBreakdown(db, { ...scope, by: "platform" }),
    getBreakdown(db, { ...scope, by: "campaign" }),
    getAssetPerformance(db, scope),
    getViewOptions(db, { workspaceId: scope.workspaceId, range: options.optionsRange }),
  ]);
  const chartCurrency = chooseChartCurrency(summary.current.all, options.currency);
  // The uplift compares AI-generated ads with the others, so it ignores the view's origin filter.
  const { ai, other } = scope.origin && scope.origin !== "all" ? (await getPerformanceSummary(db, { ...scope, origin: "all" })).current : summary.current;
  return {
    summary,
    tiles: buildTiles(summary.current.all, summary.previous.all, summary.previousCoverage),
    chart: buildChartPoints(series, chartCurrency, partialBucketKeys(scope.range, options.granularity, options.latestDataDate)),
    chartCurrency,
    platforms,
    campaigns,
    uplift: { ctr: metricUplift("ctr", ai.counts, other.counts), cvr: metricUplift("cvr", ai.counts, other.counts) },
    assets,
    ranking: rankAssets(assets, { count: 5 }),
    options: viewOptions,
  };
}
