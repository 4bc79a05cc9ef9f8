import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DateRange } from "@/lib/kpi/metrics/period";
import type { Origin } from "@/lib/kpi/dashboard/filters";

export interface RowScope {
  workspaceId: string;
  range: DateRange;
  platform?: string;
  campaign?: string;
  origin?: Origin;
}

/**
 * The WHERE clause every dashboard query over performance rows shares: the workspace first (tenant
 * scope, and the leading column of every index), then the date range, then the view's filters.
 * `alias` is the table's alias in the query; `assetNull` says how that table marks "no asset"
 * (the roll-up stores '', the ad-level table NULL).
 */
export function rowScope(scope: RowScope, options: { alias: string; assetNull: "empty" | "null" }): SQL {
  const column = (name: string) => sql.raw(`${options.alias}.${name}`);
  const linked = options.assetNull === "empty" ? sql`${column("asset_id")} <> ''` : sql`${column("asset_id")} is not null`;
  const parts: SQL[] = [
    sql`${column("workspace_id")} = ${scope.workspaceId}`,
    sql`${column("date")} between ${scope.range.from}::date and ${scope.range.to}::date`,
  ];
  if (scope.platform) parts.push(sql`${column("channel")} = ${scope.platform}`);
  if (scope.campaign) parts.push(sql`${column("campaign")} = ${scope.campaign}`);
  if (scope.origin === "ai") parts.push(linked);
  if (scope.origin === "other") parts.push(sql`not (${linked})`);
  return sql.join(parts, sql` and `);
}

/** Sums of one group, as every roll-up query selects them (floats: exact below 2^53 minor units). */
export const SUM_COLUMNS = sql.raw(
  "sum(impressions)::float8 as impressions, sum(clicks)::float8 as clicks, sum(conversions)::float8 as conversions, sum(cost_minor)::float8 as cost_minor, sum(revenue_minor)::float8 as revenue_minor",
);

export interface SumRow {
  currency: string;
  impressions: number | string;
  clicks: number | string;
  conversions: number | string;
  cost_minor: number | string;
  revenue_minor: number | string;
}
