import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { LineError } from "@/lib/kpi/import/types";
import { currencyConflictMessage, type FoldedRow } from "./fold-batch";

/**
 * Where a batch goes: straight into `kpi_performance` inside the import's transaction
 * (PostgreSQL), or into the `kpi_staged_rows` staging table, merged in one transaction at the end
 * (embedded PGlite, whose single connection cannot hold a long transaction while the progress
 * bar is updated). Both use the same statement and the same rules.
 */
export type BatchTarget = "performance" | "staging";

const TARGETS = {
  performance: { table: "kpi_performance", conflict: "(workspace_id, date, key_hash)", extraColumns: ", updated_at", extraValues: ", now()", extraSet: ", updated_at = now()" },
  staging: { table: "kpi_staged_rows", conflict: "(import_id, key_hash)", extraColumns: ", line", extraValues: ", x.line", extraSet: "" },
} as const;

// PostgreSQL text cannot hold NUL; a stray one in an export must not fail the whole batch.
const stripNul = (value: string) => (value.includes("\u0000") ? value.replace(/\u0000/g, "") : value);
const stripNulOrNull = (value: string | null) => (value === null ? null : stripNul(value));

/** md5 of the natural key in uuid form, as PostgreSQL's md5(key)::uuid writes it. */
export function keyHash(key: string): string {
  const hex = createHash("md5").update(stripNul(key)).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Upserts one folded batch in a single statement: the rows travel as one JSON parameter expanded
 * by json_to_recordset (no 65,535-parameter limit, one round trip per batch).
 *
 * On a natural key the target already holds:
 * - from an earlier import: the figures are replaced (platforms revise recent days; re-importing
 *   the same export must update, never double);
 * - from this import (an earlier batch): they are added (a segmented export), unless the
 *   currency differs, in which case the row is skipped and returned as a rejected line.
 * A re-imported row without UTM tags keeps the link an earlier import found (coalesce).
 *
 * The key is stored as md5(key)::uuid: 16 bytes in the index instead of ~100 bytes of JSON.
 * md5 is a fingerprint here, not security (the workspace's own data; a collision needs ~2^64 keys).
 */
export async function upsertBatch(
  db: Database,
  options: { target: BatchTarget; workspaceId: string; importId: string; rows: readonly FoldedRow[] },
): Promise<{ inserted: number; conflicts: LineError[] }> {
  if (options.rows.length === 0) return { inserted: 0, conflicts: [] };
  const target = TARGETS[options.target];
  const t = sql.raw(target.table);
  const payload = JSON.stringify(
    options.rows.map((row) => ({
      line: row.line,
      key: stripNul(row.key),
      date: row.date,
      channel: stripNul(row.platform),
      campaign: stripNul(row.campaign),
      ad_group: stripNul(row.adGroup),
      ad_id: stripNul(row.adId),
      impressions: row.impressions,
      clicks: row.clicks,
      conversions: row.conversions,
      cost_minor: row.costMinor,
      revenue_minor: row.revenueMinor,
      currency: row.currency,
      utm_campaign: stripNulOrNull(row.utmCampaign),
      utm_content: stripNulOrNull(row.utmContent),
      asset_id: row.assetId,
    })),
  );
  const sameImport = sql`${t}.import_id = excluded.import_id`;
  const metric = (column: string) => sql.raw(`${column} = case when ${target.table}.import_id = excluded.import_id then ${target.table}.${column} + excluded.${column} else excluded.${column} end`);
  const returned = await executeRows<{ key_hash: string; inserted: boolean }>(
    db,
    sql`insert into ${t} (workspace_id, import_id, date, key_hash, channel, campaign, ad_group, ad_id, impressions, clicks, conversions,
                          cost_minor, revenue_minor, currency, utm_campaign, utm_content, asset_id${sql.raw(target.extraColumns)})
        select ${options.workspaceId}, ${options.importId}, x.date, md5(x.key)::uuid, x.channel, x.campaign, x.ad_group, x.ad_id, x.impressions,
               x.clicks, x.conversions, x.cost_minor, x.revenue_minor, x.currency, x.utm_campaign, x.utm_content, x.asset_id${sql.raw(target.extraValues)}
        from json_to_recordset(${payload}::json) as x(line int, key text, date date, channel text, campaign text, ad_group text, ad_id text,
             impressions bigint, clicks bigint, conversions numeric, cost_minor bigint, revenue_minor bigint, currency text,
             utm_campaign text, utm_content text, asset_id text)
        on conflict ${sql.raw(target.conflict)} do update set
          ${metric("impressions")}, ${metric("clicks")}, ${metric("conversions")}, ${metric("cost_minor")}, ${metric("revenue_minor")},
          currency = excluded.currency,
          utm_campaign = coalesce(excluded.utm_campaign, ${t}.utm_campaign),
          utm_content = coalesce(excluded.utm_content, ${t}.utm_content),
          asset_id = coalesce(excluded.asset_id, ${t}.asset_id),
          import_id = excluded.import_id${sql.raw(target.extraSet)}
        where not (${sameImport} and ${t}.currency <> excluded.currency)
        returning key_hash::text as key_hash, (xmax = 0) as inserted`,
  );
  const inserted = returned.filter((row) => row.inserted === true || String(row.inserted) === "true").length;
  if (returned.length === options.rows.length) return { inserted, conflicts: [] };
  // Some rows were skipped by the WHERE above: the same key came earlier in another currency.
  const written = new Set(returned.map((row) => row.key_hash));
  const conflicts = options.rows
    .filter((row) => !written.has(keyHash(row.key)))
    .map((row) => ({ line: row.line, message: currencyConflictMessage(row.line, row.currency, null) }));
  return { inserted, conflicts };
}
