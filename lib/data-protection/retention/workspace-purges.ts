import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { RetentionKind, RetentionPeriods } from "./periods";

/**
 * What the purge removes or clears per record kind, one batched statement per table. Each
 * statement answers `{ n }` and no longer matches what it touched (see runInBatches). Cut-offs
 * are `now() - days`: a row created exactly `days` ago is the first to go.
 */
export type PurgeStep = { kind: RetentionKind; counts: string; statement: (limit: number) => SQL };

const olderThan = (column: string, days: number) => sql`${sql.raw(column)} < now() - make_interval(days => ${days}::int)`;

/** `delete from <table> where <key> in (<limit> keys matching where)`, counted. */
function deleteWhere(table: string, key: string, where: SQL) {
  return (limit: number) => sql`
    with doomed as (select ${sql.raw(key)} from ${sql.raw(table)} where ${where} limit ${limit}),
    gone as (delete from ${sql.raw(table)} where (${sql.raw(key)}) in (select ${sql.raw(key)} from doomed) returning 1)
    select count(*)::int as n from gone`;
}

/** `update <table> set <set> where id in (<limit> ids matching where)`, counted. */
function updateWhere(table: string, set: SQL, where: SQL) {
  return (limit: number) => sql`
    with due as (select id from ${sql.raw(table)} where ${where} limit ${limit}),
    changed as (update ${sql.raw(table)} set ${set} where id in (select id from due) returning 1)
    select count(*)::int as n from changed`;
}

export function workspacePurgeSteps(workspaceId: string, days: RetentionPeriods): PurgeStep[] {
  const ws = sql`workspace_id = ${workspaceId}`;
  // A stored prompt belongs to its call record: it goes with the record even when the prompt period is longer.
  const payloadDays = Math.min(days.prompts, days.modelCalls);
  const oldImports = sql`import_id in (select id from kpi_imports where ${ws} and ${olderThan("created_at", days.kpiRaw)})`;
  return [
    { kind: "prompts", counts: "model_call_payloads", statement: deleteWhere("model_call_payloads", "call_id", sql`${ws} and ${olderThan("created_at", payloadDays)}`) },
    { kind: "modelCalls", counts: "model_calls", statement: deleteWhere("model_calls", "id", sql`${ws} and ${olderThan("created_at", days.modelCalls)}`) },
    {
      kind: "briefs",
      counts: "asset_version_briefs",
      // The copy (content) and the figures of the provenance stay; the brief (what the marketer
      // typed: audience, topic, product notes) is what may hold personal or confidential text.
      statement: updateWhere(
        "asset_versions",
        sql`provenance = jsonb_set(provenance, '{brief}', '{}'::jsonb) || jsonb_build_object('briefPurgedAt', now())`,
        sql`${ws} and provenance is not null and provenance->>'briefPurgedAt' is null and ${olderThan("created_at", days.briefs)}`,
      ),
    },
    {
      kind: "briefs",
      counts: "generation_batch_briefs",
      // A running or paused batch still generates from its brief.
      statement: updateWhere(
        "generation_batches",
        sql`brief = '{}'::jsonb, updated_at = now()`,
        sql`${ws} and brief <> '{}'::jsonb and status in ('completed', 'cancelled') and ${olderThan("created_at", days.briefs)}`,
      ),
    },
    { kind: "comments", counts: "asset_comments", statement: deleteWhere("asset_comments", "id", sql`${ws} and ${olderThan("created_at", days.comments)}`) },
    {
      kind: "comments",
      counts: "transition_comments",
      // The transition (who moved the asset where, when) is the review history and stays.
      statement: updateWhere("asset_transitions", sql`comment = null`, sql`${ws} and comment is not null and ${olderThan("created_at", days.comments)}`),
    },
    { kind: "notifications", counts: "webhook_delivery_attempts", statement: deleteWhere("webhook_delivery_attempts", "id", sql`${ws} and ${olderThan("created_at", days.notifications)}`) },
    { kind: "notifications", counts: "webhook_deliveries", statement: deleteWhere("webhook_deliveries", "id", sql`${ws} and ${olderThan("created_at", days.notifications)}`) },
    // Members' in-app notifications (read or not): they only point at records that stay.
    { kind: "notifications", counts: "notifications", statement: deleteWhere("notifications", "id", sql`${ws} and ${olderThan("created_at", days.notifications)}`) },
    {
      kind: "kpiRaw",
      counts: "kpi_performance",
      // By the day the figures are for, not when they were imported; kpi_daily_rollup stays.
      statement: deleteWhere("kpi_performance", "workspace_id, date, key_hash", sql`${ws} and date < (now() - make_interval(days => ${days.kpiRaw}::int))::date`),
    },
    { kind: "kpiRaw", counts: "kpi_staged_rows", statement: deleteWhere("kpi_staged_rows", "import_id, key_hash", sql`${ws} and ${oldImports}`) },
    { kind: "kpiRaw", counts: "kpi_upload_chunks", statement: deleteWhere("kpi_upload_chunks", "import_id, seq", oldImports) },
  ];
}
