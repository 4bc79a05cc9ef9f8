import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { AdLink } from "@/lib/kpi/link/row-linker";
import { rebuildDailyRollup } from "./rollup";

/** Serialises imports of one workspace: the roll-up rebuild must see every import's rows. */
export async function lockWorkspaceImports(db: Database, options: { workspaceId: string }): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`kpi-import:${options.workspaceId}`}))`);
}

/**
 * Moves staged rows (embedded database) into the stored figures in one statement. Staging is
 * already one row per natural key, so this only replaces what earlier imports stored.
 */
export async function mergeStagedRows(db: Database, options: { workspaceId: string; importId: string }): Promise<{ inserted: number }> {
  const [row] = await executeRows<{ inserted: number }>(
    db,
    sql`with merged as (
          insert into kpi_performance (workspace_id, import_id, date, key_hash, channel, campaign, ad_group, ad_id, impressions, clicks,
                                       conversions, cost_minor, revenue_minor, currency, utm_campaign, utm_content, asset_id, updated_at)
          select workspace_id, import_id, date, key_hash, channel, campaign, ad_group, ad_id, impressions, clicks,
                 conversions, cost_minor, revenue_minor, currency, utm_campaign, utm_content, asset_id, now()
          from kpi_staged_rows
          where import_id = ${options.importId} and workspace_id = ${options.workspaceId}
          on conflict (workspace_id, date, key_hash) do update set
            impressions = excluded.impressions, clicks = excluded.clicks, conversions = excluded.conversions,
            cost_minor = excluded.cost_minor, revenue_minor = excluded.revenue_minor, currency = excluded.currency,
            utm_campaign = coalesce(excluded.utm_campaign, kpi_performance.utm_campaign),
            utm_content = coalesce(excluded.utm_content, kpi_performance.utm_content),
            asset_id = coalesce(excluded.asset_id, kpi_performance.asset_id),
            import_id = excluded.import_id, updated_at = now()
          returning (xmax = 0) as inserted
        )
        select count(*) filter (where inserted)::int as inserted from merged`,
  );
  return { inserted: Number(row?.inserted ?? 0) };
}

export interface FinishResult {
  /** Distinct stored rows (ad × day) this import wrote. */
  stored: number;
  linked: number;
}

/**
 * The last steps of an import, inside its transaction once every row is stored: remember the ad
 * ids this file linked, link the URL-less rows of those ads that streamed past before the link
 * was learned, rebuild the roll-up of the import's days, and count what the import stored.
 */
export async function finishImport(
  db: Database,
  options: { workspaceId: string; importId: string; firstDate: string; lastDate: string; learned: readonly AdLink[]; relink: readonly AdLink[] },
): Promise<FinishResult> {
  const { workspaceId, importId, firstDate, lastDate } = options;
  if (options.learned.length > 0) {
    await db.execute(sql`
      insert into kpi_ad_links (workspace_id, channel, ad_id, asset_id, updated_at)
      select ${workspaceId}, x.channel, x.ad_id, x.asset_id, now()
      from json_to_recordset(${JSON.stringify(options.learned.map((l) => ({ channel: l.platform, ad_id: l.adId, asset_id: l.assetId })))}::json)
           as x(channel text, ad_id text, asset_id text)
      on conflict (workspace_id, channel, ad_id) do update set asset_id = excluded.asset_id, updated_at = now()`);
  }
  if (options.relink.length > 0) {
    await db.execute(sql`
      update kpi_performance p set asset_id = x.asset_id
      from json_to_recordset(${JSON.stringify(options.relink.map((l) => ({ channel: l.platform, ad_id: l.adId, asset_id: l.assetId })))}::json)
           as x(channel text, ad_id text, asset_id text)
      where p.workspace_id = ${workspaceId} and p.date between ${firstDate}::date and ${lastDate}::date
        and p.import_id = ${importId} and p.asset_id is null and p.channel = x.channel and p.ad_id = x.ad_id`);
  }
  await rebuildDailyRollup(db, { workspaceId, from: firstDate, to: lastDate });
  const [counts] = await executeRows<{ stored: number; linked: number }>(
    db,
    sql`select count(*)::int as stored, count(*) filter (where asset_id is not null)::int as linked
        from kpi_performance
        where workspace_id = ${workspaceId} and date between ${firstDate}::date and ${lastDate}::date and import_id = ${importId}`,
  );
  return { stored: Number(counts?.stored ?? 0), linked: Number(counts?.linked ?? 0) };
}

/** Removes an import's staged rows (a retried job starts clean; a finished one leaves nothing behind). */
export async function clearStagedRows(db: Database, options: { importId: string }): Promise<void> {
  await db.execute(sql`delete from kpi_staged_rows where import_id = ${options.importId}`);
}

/**
 * Refreshes the planner's statistics after a large import. Without it the first queries after a
 * million new rows are planned for an empty table (a sort spilling to disk instead of a hash
 * aggregate: 500 ms instead of 80 ms). Runs after the commit, outside the import's transaction.
 */
export async function analyzeAfterLargeImport(db: Database, options: { rows: number }): Promise<void> {
  if (options.rows < 10_000) return;
  await db.execute(sql`analyze kpi_performance`);
  await db.execute(sql`analyze kpi_daily_rollup`);
}
