import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { DateRange } from "@/lib/kpi/metrics/period";
import type { Totals } from "@/lib/kpi/metrics/totals";
import { totalsFromRow } from "./totals-row";
import type { SumRow } from "./scope";

export interface AdVariant {
  platform: string;
  adGroup: string;
  adId: string;
  assetId: string | null;
  assetTitle: string | null;
  totals: Totals;
}

/**
 * The ads of one campaign in the range, per ad platform and ad group: the variants a budget
 * suggestion splits between (a Google ad group and a Meta ad set of the same name are different). Reads the ad-level table through (workspace, campaign, ad group, date).
 */
export async function getCampaignAdVariants(db: Database, options: { workspaceId: string; range: DateRange; campaign: string; platform?: string }): Promise<AdVariant[]> {
  const rows = await executeRows<SumRow & { channel: string; ad_group: string; ad_id: string; asset_id: string | null; title: string | null }>(
    db,
    sql`select s.*, a.title
        from (
          select p.channel, p.ad_group, p.ad_id, max(p.asset_id) as asset_id, p.currency,
                 sum(impressions)::float8 as impressions, sum(clicks)::float8 as clicks, sum(conversions)::float8 as conversions,
                 sum(cost_minor)::float8 as cost_minor, sum(revenue_minor)::float8 as revenue_minor
          from kpi_performance p
          where p.workspace_id = ${options.workspaceId} and p.campaign = ${options.campaign}
            and p.date between ${options.range.from}::date and ${options.range.to}::date
            ${options.platform ? sql`and p.channel = ${options.platform}` : sql``}
          group by p.channel, p.ad_group, p.ad_id, p.currency
        ) s
        left join assets a on a.id = s.asset_id and a.workspace_id = ${options.workspaceId}
        order by s.channel, s.ad_group, s.ad_id`,
  );
  return rows.map((row) => ({ platform: row.channel, adGroup: row.ad_group, adId: row.ad_id, assetId: row.asset_id, assetTitle: row.title, totals: totalsFromRow(row) }));
}
