import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { normalizeUtmValue } from "@/lib/assets/schemas/utm";
import { SUM_COLUMNS, type SumRow } from "@/lib/kpi/queries/scope";
import { totalsFromRow } from "@/lib/kpi/queries/totals-row";
import { sumTotals, type SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import { campaignKpiFigures, type CampaignKpiFigure } from "./campaign-kpi-metrics";
import { campaignPrefixOf, loadCampaignUtmContext } from "./campaign-utm";
import { getCampaignRow } from "./campaigns";

export type CampaignKpis = {
  /** The start every utm_campaign of the campaign shares under the workspace's convention; "" when the template starts with a per-asset part. */
  prefix: string;
  /** utm.campaign values in the content of the campaign's asset versions. */
  assetUtmCampaigns: string[];
  /** Imported ad-day rows that matched. */
  rows: number;
  /** The matched utm_campaign values with their rows, most rows first (at most 20). */
  matchedUtmCampaigns: { value: string; rows: number }[];
  firstDate: string | null;
  lastDate: string | null;
  totals: SummedTotals;
  figures: CampaignKpiFigure[];
};

const MATCHED_VALUES_SHOWN = 20;

/**
 * Every utm_campaign value written into the campaign's asset versions, wherever the kind keeps its
 * `utm` set (top level for ads, nested in a call to action): jsonpath's `.**` finds each one.
 */
async function assetUtmCampaigns(db: Database, options: { workspaceId: string; campaignId: string }): Promise<string[]> {
  const rows = await executeRows<{ value: string | null }>(
    db,
    sql`select distinct jsonb_path_query(v.content, 'lax $.**.utm.campaign') #>> '{}' as value
        from asset_versions v
        join assets a on a.id = v.asset_id and a.workspace_id = ${options.workspaceId}
        where v.workspace_id = ${options.workspaceId} and a.campaign_id = ${options.campaignId}`,
  );
  return rows.map((row) => row.value?.trim() ?? "").filter((value) => value !== "").sort();
}

/**
 * Which kpi_performance rows belong to the campaign: a utm_campaign equal to one of its assets'
 * values, or starting with the campaign's prefix (ads set up outside Brandpilot that follow the
 * convention). Compared in lower case, as `buildUtmUrl` writes values into links; an asset value is
 * also tried as the link carries it (normalised). null when there is nothing to match by.
 */
export function campaignRowMatch(options: { prefix: string; assetValues: readonly string[] }, alias = "p"): SQL | null {
  const column = sql.raw(`lower(${alias}.utm_campaign)`);
  const values = [...new Set(options.assetValues.flatMap((value) => [value.toLowerCase(), normalizeUtmValue(value)]).filter((value) => value !== ""))];
  const parts: SQL[] = [];
  if (values.length > 0) parts.push(sql`${column} in (${sql.join(values.map((value) => sql`${value}`), sql`, `)})`);
  if (options.prefix !== "") parts.push(sql`starts_with(${column}, ${options.prefix.toLowerCase()})`);
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : null;
}

/** The campaign's performance over every imported day, per currency, with the registry's figures. */
export async function getCampaignKpis(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignKpis> {
  const campaign = await getCampaignRow(db, options);
  const prefix = campaignPrefixOf(await loadCampaignUtmContext(db, options), campaign);
  const assetValues = await assetUtmCampaigns(db, options);
  const match = campaignRowMatch({ prefix, assetValues });
  const empty: CampaignKpis = { prefix, assetUtmCampaigns: assetValues, rows: 0, matchedUtmCampaigns: [], firstDate: null, lastDate: null, totals: sumTotals([]), figures: campaignKpiFigures(sumTotals([])) };
  if (!match) return empty;
  // The workspace first: the tenant scope, and the leading column of the (workspace, utm_campaign, date) index.
  const where = sql`p.workspace_id = ${options.workspaceId} and p.utm_campaign is not null and ${match}`;
  const sums = await executeRows<SumRow & { rows: number | string; first_date: string | null; last_date: string | null }>(
    db,
    sql`select p.currency, count(*)::int as rows, min(p.date)::text as first_date, max(p.date)::text as last_date, ${SUM_COLUMNS}
        from kpi_performance p
        where ${where}
        group by p.currency`,
  );
  if (sums.length === 0) return empty;
  const matched = await executeRows<{ value: string; rows: number | string }>(
    db,
    sql`select p.utm_campaign as value, count(*)::int as rows
        from kpi_performance p
        where ${where}
        group by p.utm_campaign
        order by 2 desc, 1
        limit ${MATCHED_VALUES_SHOWN}`,
  );
  const totals = sumTotals(sums.map(totalsFromRow));
  const dates = sums.flatMap((row) => [row.first_date, row.last_date]).filter((date): date is string => date !== null).sort();
  return {
    prefix,
    assetUtmCampaigns: assetValues,
    rows: sums.reduce((sum, row) => sum + Number(row.rows), 0),
    matchedUtmCampaigns: matched.map((row) => ({ value: row.value, rows: Number(row.rows) })),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    totals,
    figures: campaignKpiFigures(totals),
  };
}
