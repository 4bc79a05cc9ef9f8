import "server-only";
import { and, eq, ne, sql, type SQL } from "drizzle-orm";
import { campaigns } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { normalizeUtmValue } from "@/lib/assets/schemas/utm";
import { SUM_COLUMNS, type SumRow } from "@/lib/kpi/queries/scope";
import { totalsFromRow } from "@/lib/kpi/queries/totals-row";
import { sumTotals, type SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import { campaignKpiFigures, type CampaignKpiFigure } from "./campaign-kpi-metrics";
import { campaignPrefixOf, loadCampaignUtmContext, type CampaignUtmContext } from "./campaign-utm";
import { getCampaignRow } from "./campaign-row";

export type CampaignKpis = {
  /** The start every utm_campaign of the campaign shares under the workspace's convention; "" when that start does not name the campaign. */
  prefix: string;
  /** The convention's separator: a row matches by the prefix when its value is the prefix or starts with prefix + separator. */
  separator: string;
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

/** A utm_campaign column (lower case) that is `prefix` or continues it after the separator ("spring" takes "spring_1", not "springfield"). */
function underPrefix(column: SQL, prefix: string, separator: string): SQL {
  const lower = prefix.toLowerCase();
  return sql`(${column} = ${lower} or starts_with(${column}, ${lower + separator}))`;
}

/**
 * Which kpi_performance rows belong to the campaign: a utm_campaign equal to one of its assets'
 * values, or under the campaign's prefix (ads set up outside Brandpilot that follow the
 * convention) unless it is under a longer prefix of another campaign ("spring" does not take
 * "spring_sale_1" when the workspace has a campaign "spring_sale"). Compared in lower case, as
 * `buildUtmUrl` writes values into links; an asset value is also tried as the link carries it
 * (normalised). null when there is nothing to match by.
 */
export function campaignRowMatch(
  options: { prefix: string; separator: string; assetValues: readonly string[]; otherPrefixes?: readonly string[] },
  alias = "p",
): SQL | null {
  const column = sql.raw(`lower(${alias}.utm_campaign)`);
  const values = [...new Set(options.assetValues.flatMap((value) => [value.toLowerCase(), normalizeUtmValue(value)]).filter((value) => value !== ""))];
  const parts: SQL[] = [];
  if (values.length > 0) parts.push(sql`${column} in (${sql.join(values.map((value) => sql`${value}`), sql`, `)})`);
  if (options.prefix !== "") {
    const own = underPrefix(column, options.prefix, options.separator);
    const longer = (options.otherPrefixes ?? []).filter((other) => other.toLowerCase().startsWith(`${options.prefix.toLowerCase()}${options.separator}`));
    parts.push(longer.length > 0 ? sql`(${own} and not (${sql.join(longer.map((other) => underPrefix(column, other, options.separator)), sql` or `)}))` : own);
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : null;
}

/** The prefixes of the workspace's other campaigns (archived ones too: their rows stay theirs). */
async function otherCampaignPrefixes(db: Database, options: { workspaceId: string; campaignId: string }, context: CampaignUtmContext): Promise<string[]> {
  const rows = await db
    .select({ code: campaigns.code, startsOn: campaigns.startsOn })
    .from(campaigns)
    .where(and(eq(campaigns.workspaceId, options.workspaceId), ne(campaigns.id, options.campaignId)));
  return rows.map((row) => campaignPrefixOf(context, row)).filter((prefix) => prefix !== "");
}

/** The campaign's performance over every imported day, per currency, with the registry's figures. */
export async function getCampaignKpis(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignKpis> {
  const campaign = await getCampaignRow(db, options);
  const context = await loadCampaignUtmContext(db, options);
  const prefix = campaignPrefixOf(context, campaign);
  const separator = context.convention.separator;
  const assetValues = await assetUtmCampaigns(db, options);
  const otherPrefixes = prefix === "" ? [] : await otherCampaignPrefixes(db, options, context);
  const match = campaignRowMatch({ prefix, separator, assetValues, otherPrefixes });
  const empty: CampaignKpis = { prefix, separator, assetUtmCampaigns: assetValues, rows: 0, matchedUtmCampaigns: [], firstDate: null, lastDate: null, totals: sumTotals([]), figures: campaignKpiFigures(sumTotals([])) };
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
    separator,
    assetUtmCampaigns: assetValues,
    rows: sums.reduce((sum, row) => sum + Number(row.rows), 0),
    matchedUtmCampaigns: matched.map((row) => ({ value: row.value, rows: Number(row.rows) })),
    firstDate: dates[0] ?? null,
    lastDate: dates.at(-1) ?? null,
    totals,
    figures: campaignKpiFigures(totals),
  };
}
