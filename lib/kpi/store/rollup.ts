import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";

/**
 * Recomputes the daily roll-up of `from`…`to` from the ad-level rows. Called inside the import's
 * transaction for the days the import touched, so the dashboard never sees new ad rows with an
 * old roll-up. Whole days are rebuilt rather than adjusted by deltas: a re-import replaces
 * figures, and a delta would need the previous values of every row it replaced.
 */
export async function rebuildDailyRollup(db: Database, options: { workspaceId: string; from: string; to: string }): Promise<void> {
  const { workspaceId, from, to } = options;
  await db.execute(sql`delete from kpi_daily_rollup where workspace_id = ${workspaceId} and date between ${from}::date and ${to}::date`);
  await db.execute(sql`
    insert into kpi_daily_rollup (workspace_id, date, channel, campaign, asset_id, currency, impressions, clicks, conversions, cost_minor, revenue_minor, row_count)
    select workspace_id, date, channel, campaign, coalesce(asset_id, ''), currency,
           sum(impressions), sum(clicks), sum(conversions), sum(cost_minor), sum(revenue_minor), count(*)
    from kpi_performance
    where workspace_id = ${workspaceId} and date between ${from}::date and ${to}::date
    group by workspace_id, date, channel, campaign, coalesce(asset_id, ''), currency`);
}
