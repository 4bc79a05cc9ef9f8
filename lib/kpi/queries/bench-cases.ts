import "server-only";
import type { Database } from "@/lib/db/types";
import { addDays, type DateRange, type Granularity } from "@/lib/kpi/metrics/period";
import type { Origin } from "@/lib/kpi/dashboard/filters";
import { getCampaignAdVariants } from "./ad-groups";
import { getAssetPerformance } from "./assets";
import { getBreakdown, getViewOptions } from "./breakdowns";
import { getCopilotFigures, getCopilotSeries } from "./copilot";
import { getTimeSeries } from "./series";
import { getLatestDataDate, getPerformanceSummary } from "./summary";

interface BenchCase {
  days: number;
  granularity: Granularity;
  campaign?: string;
  origin?: Origin;
}

/** Views a manager opens: short and long ranges, with and without a campaign or origin filter. */
const CASES: BenchCase[] = [
  { days: 7, granularity: "day" },
  { days: 28, granularity: "day" },
  { days: 28, granularity: "day", campaign: "Campaign 7" },
  { days: 90, granularity: "week", origin: "ai" },
  { days: 365, granularity: "month" },
  { days: 365, granularity: "week", campaign: "Campaign 3" },
  { days: 690, granularity: "month" },
  { days: 690, granularity: "month", origin: "other" },
];

/**
 * Times every dashboard query over the cases, `iterations` rounds each (one warm-up round first),
 * and returns the milliseconds per query name. Used by `npm run bench:kpi`.
 */
export async function benchmarkDashboardQueries(db: Database, options: { workspaceId: string; lastDay: string; iterations: number }): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = {};
  const time = async (name: string, run: () => Promise<unknown>, record: boolean) => {
    const started = performance.now();
    await run();
    if (record) (samples[name] ??= []).push(performance.now() - started);
  };
  const { workspaceId } = options;
  for (let round = 0; round <= options.iterations; round++) {
    const record = round > 0;
    for (const view of CASES) {
      const range: DateRange = { from: addDays(options.lastDay, -(view.days - 1)), to: options.lastDay };
      const scope = { workspaceId, range, campaign: view.campaign, origin: view.origin };
      await time("latestDataDate", () => getLatestDataDate(db, { workspaceId }), record);
      await time("summary (tiles, uplift; both periods)", () => getPerformanceSummary(db, scope), record);
      await time("timeSeries", () => getTimeSeries(db, { ...scope, granularity: view.granularity }), record);
      await time("byPlatform", () => getBreakdown(db, { ...scope, by: "platform" }), record);
      await time("byCampaign", () => getBreakdown(db, { ...scope, by: "campaign" }), record);
      await time("assets (best/worst)", () => getAssetPerformance(db, scope), record);
      await time("filterOptions", () => getViewOptions(db, { workspaceId, range }), record);
      await time("adGroupVariants (budget)", () => getCampaignAdVariants(db, { workspaceId, range, campaign: view.campaign ?? "Campaign 0" }), record);
      await time("copilotFigures", () => getCopilotFigures(db, { workspaceId, range }), record);
      await time("copilotSeries", () => getCopilotSeries(db, { workspaceId, range, granularity: view.granularity }), record);
    }
  }
  return samples;
}
