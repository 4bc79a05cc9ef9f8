import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { Totals } from "@/lib/kpi/metrics/totals";
import { rowScope, SUM_COLUMNS, type RowScope, type SumRow } from "./scope";
import { totalsFromRow } from "./totals-row";

export type BreakdownDimension = "platform" | "campaign";

export interface BreakdownRow {
  platform: string;
  /** "" for the platform breakdown. */
  campaign: string;
  /** One row per currency: money of different currencies is never added. */
  totals: Totals;
}

/** The view by ad platform or by campaign (with its platform), per currency, largest spend first. */
export async function getBreakdown(db: Database, scope: RowScope & { by: BreakdownDimension }): Promise<BreakdownRow[]> {
  const campaignColumn = scope.by === "campaign" ? sql`r.campaign` : sql`''`;
  const rows = await executeRows<SumRow & { channel: string; campaign: string }>(
    db,
    sql`select r.channel, ${campaignColumn} as campaign, r.currency, ${SUM_COLUMNS}
        from kpi_daily_rollup r
        where ${rowScope(scope, { alias: "r", assetNull: "empty" })}
        group by 1, 2, r.currency
        order by sum(r.cost_minor) desc, 1, 2`,
  );
  return rows.map((row) => ({ platform: row.channel, campaign: row.campaign, totals: totalsFromRow(row) }));
}

export interface ViewOptions {
  platforms: string[];
  campaigns: { platform: string; campaign: string }[];
  currencies: string[];
}

/** What the filter menus offer: ad platforms, campaigns and currencies with data in the range. */
export async function getViewOptions(db: Database, scope: Pick<RowScope, "workspaceId" | "range">): Promise<ViewOptions> {
  const rows = await executeRows<{ channel: string; campaign: string; currency: string }>(
    db,
    sql`select distinct r.channel, r.campaign, r.currency
        from kpi_daily_rollup r
        where ${rowScope(scope, { alias: "r", assetNull: "empty" })}`,
  );
  const campaigns = new Map<string, { platform: string; campaign: string }>();
  for (const row of rows) campaigns.set(`${row.channel}\u0000${row.campaign}`, { platform: row.channel, campaign: row.campaign });
  return {
    platforms: [...new Set(rows.map((r) => r.channel))].sort(),
    campaigns: [...campaigns.values()].sort((a, b) => a.campaign.localeCompare(b.campaign) || a.platform.localeCompare(b.platform)),
    currencies: [...new Set(rows.map((r) => r.currency))].sort(),
  };
}
