import "server-only";
import { eq, sql } from "drizzle-orm";
import { webhookEndpoints } from "@/lib/db/schema";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";

/*
 * Raw aggregates behind the records of processing, one query per source. Every query is scoped
 * to one workspace in its where-clause. JSON arrays are checked with jsonb_typeof before they are
 * expanded: a record written by an older version must not make the whole report fail.
 */

const asArray = (column: string) => sql.raw(`case when jsonb_typeof(${column}) = 'array' then ${column} else '[]'::jsonb end`);

export type CallAggregate = { modelId: string; firstAt: Date; lastAt: Date; calls: number; tasks: string[] };

/**
 * Models that received a request, from the call records: every attempt that reached a model
 * (a timed-out or failed attempt still sent the data; a model skipped by its open circuit did
 * not), and nothing for answers served from the response cache. Calls recorded without
 * attempts count for the model that answered.
 */
export async function modelCallAggregates(db: Database, workspaceId: string): Promise<CallAggregate[]> {
  const rows = await executeRows<{ model_id: string; first_at: Date | string; last_at: Date | string; calls: number; tasks: string[] }>(
    db,
    sql`
      select attempt->>'modelId' as model_id, min(call.created_at) as first_at, max(call.created_at) as last_at,
        count(distinct call.id)::int as calls, jsonb_agg(distinct call.task) as tasks
      from model_calls call
      cross join lateral jsonb_array_elements(
        case when jsonb_typeof(call.attempts) = 'array' and jsonb_array_length(call.attempts) > 0 then call.attempts
             when call.chosen_model is not null then jsonb_build_array(jsonb_build_object('modelId', call.chosen_model, 'outcome', 'success'))
             else '[]'::jsonb end
      ) as attempt
      where call.workspace_id = ${workspaceId} and call.cache_hit = 'none'
        and attempt->>'modelId' is not null and coalesce(attempt->>'outcome', '') <> 'skipped_circuit_open'
      group by 1`,
  );
  return rows.map((row) => ({ modelId: row.model_id, firstAt: new Date(row.first_at), lastAt: new Date(row.last_at), calls: Number(row.calls), tasks: row.tasks }));
}

export type PayloadAggregate = { modelId: string; hosting: string; kinds: string[]; firstAt: Date; lastAt: Date; calls: number };

/** What the stored payloads (kept for the prompt retention period) say: hosting as sent and the kind of text. */
export async function payloadAggregates(db: Database, workspaceId: string): Promise<PayloadAggregate[]> {
  const rows = await executeRows<{ model_id: string; hosting: string; kinds: string[]; first_at: Date | string; last_at: Date | string; calls: number }>(
    db,
    sql`
      select request->>'modelId' as model_id, max(request->>'hosting') as hosting,
        jsonb_agg(distinct coalesce(request->>'kind', 'prompt')) as kinds,
        min(payload.created_at) as first_at, max(payload.created_at) as last_at, count(distinct payload.call_id)::int as calls
      from model_call_payloads payload
      cross join lateral jsonb_array_elements(${asArray("payload.requests")}) as request
      where payload.workspace_id = ${workspaceId} and request->>'modelId' is not null
      group by 1`,
  );
  return rows.map((row) => ({
    modelId: row.model_id,
    hosting: row.hosting,
    kinds: row.kinds,
    firstAt: new Date(row.first_at),
    lastAt: new Date(row.last_at),
    calls: Number(row.calls),
  }));
}

/** Per model: generated versions whose privacy note records personal data removed before sending. */
export async function redactedVersionsByModel(db: Database, workspaceId: string): Promise<Map<string, number>> {
  const rows = await executeRows<{ model_id: string; versions: number }>(
    db,
    sql`
      select request->>'modelId' as model_id, count(distinct version.id)::int as versions
      from asset_versions version
      cross join lateral jsonb_array_elements(${asArray("version.provenance->'disclosure'->'requests'")}) as request
      where version.workspace_id = ${workspaceId} and version.provenance is not null
        and jsonb_array_length(${asArray("version.provenance->'disclosure'->'redactions'")}) > 0
      group by 1`,
  );
  return new Map(rows.map((row) => [row.model_id, Number(row.versions)]));
}

export type WebhookAggregate = {
  url: string | null;
  firstAt: Date;
  lastAt: Date;
  deliveries: number;
  attempts: number;
  events: string[];
};

/**
 * Deliveries that reached out at least once. Deliveries do not record the URL they went to, so
 * the endpoint is the workspace's current one (the audit log keeps every change of it).
 */
export async function webhookAggregate(db: Database, workspaceId: string): Promise<WebhookAggregate | null> {
  const [row] = await executeRows<{ first_at: Date | string | null; last_at: Date | string | null; deliveries: number; attempts: number; events: string[] | null }>(
    db,
    sql`
      select min(created_at) as first_at, max(created_at) as last_at, count(*)::int as deliveries,
        coalesce(sum(attempts), 0)::int as attempts, jsonb_agg(distinct event) as events
      from webhook_deliveries where workspace_id = ${workspaceId} and attempts > 0`,
  );
  if (!row || Number(row.deliveries) === 0 || !row.first_at || !row.last_at) return null;
  const [endpoint] = await db.select({ url: webhookEndpoints.url }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId));
  return {
    url: endpoint?.url ?? null,
    firstAt: new Date(row.first_at),
    lastAt: new Date(row.last_at),
    deliveries: Number(row.deliveries),
    attempts: Number(row.attempts),
    events: row.events ?? [],
  };
}
