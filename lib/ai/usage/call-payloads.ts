import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { modelCallPayloads } from "@/lib/db/schema";
import type { SentPayload } from "@/lib/db/schema/model-call-payloads";
import type { Database } from "@/lib/db/types";
import type { SentRequest } from "./accounting-middleware";

/** Per call, at most this many embed/rerank texts and bytes are kept (a batch may hold thousands of chunks). */
export const MAX_STORED_TEXTS = 200;
export const MAX_STORED_BYTES = 200 * 1024;

/**
 * Keeps the first embed/rerank texts of a call up to the caps, across its requests, and notes the
 * cut on each request that lost texts. Language-model prompts are kept whole (one prompt per
 * request, bounded by the model's context).
 */
export function capStoredTexts(requests: SentPayload[]): SentPayload[] {
  let texts = 0;
  let bytes = 0;
  return requests.map((request) => {
    if (!request.kind) return request;
    const kept: SentPayload["messages"] = [];
    for (const message of request.messages) {
      const size = Buffer.byteLength(message.text, "utf8");
      if (texts >= MAX_STORED_TEXTS || bytes + size > MAX_STORED_BYTES) break;
      kept.push(message);
      texts += 1;
      bytes += size;
    }
    if (kept.length === request.messages.length) return request;
    texts = MAX_STORED_TEXTS; // once cut, later requests of the call keep nothing
    return { ...request, messages: kept, truncated: `${kept.length} of ${request.messages.length} texts stored (at most ${MAX_STORED_TEXTS} texts and ${MAX_STORED_BYTES / 1024} KB per call)` };
  });
}

/**
 * Keeps what one call sent to models outside this server: prompts, embedding inputs, rerank
 * query and passages (the built-in local models send nothing anywhere and are left out). The text is stored as sent: callers redact before they
 * build prompts, so this is the redacted text. The same statement drops this workspace's
 * payloads older than its retention, so the table never holds more than the admin allows for an
 * active workspace; reads purge too (listCallPayloads), for a workspace that stopped calling.
 */
export async function storeCallPayload(db: Database, options: { workspaceId: string; callId: string; requests: readonly SentRequest[]; retentionDays: number }) {
  const leaving: SentPayload[] = capStoredTexts(
    options.requests
      .filter((request) => request.hosting !== "local")
      .map(({ modelId, hosting, messages, kind }) => ({ modelId, hosting, messages, ...(kind ? { kind } : {}) })),
  );
  if (options.retentionDays <= 0 || leaving.length === 0) return;
  await db.execute(sql`
    with purged as (
      delete from model_call_payloads
      where workspace_id = ${options.workspaceId} and created_at < now() - make_interval(days => ${options.retentionDays}::int)
    )
    insert into model_call_payloads (call_id, workspace_id, requests)
    values (${options.callId}, ${options.workspaceId}, ${JSON.stringify(leaving)}::jsonb)
    on conflict (call_id) do nothing`);
}

/** Drops a workspace's payloads past its retention (all of them at 0 days). */
export async function purgeCallPayloads(db: Database, options: { workspaceId: string; retentionDays: number }) {
  await db
    .delete(modelCallPayloads)
    .where(
      options.retentionDays <= 0
        ? eq(modelCallPayloads.workspaceId, options.workspaceId)
        : and(eq(modelCallPayloads.workspaceId, options.workspaceId), sql`${modelCallPayloads.createdAt} < now() - make_interval(days => ${options.retentionDays}::int)`),
    );
}

/**
 * What the given calls sent, by call id: the admins' "what leaves" view. Purges first, so
 * nothing older than the retention is ever shown, whether or not the workspace still calls models.
 */
export async function listCallPayloads(db: Database, options: { workspaceId: string; callIds: string[]; retentionDays: number }): Promise<Map<string, SentPayload[]>> {
  await purgeCallPayloads(db, options);
  if (options.callIds.length === 0 || options.retentionDays <= 0) return new Map();
  const rows = await db
    .select({ callId: modelCallPayloads.callId, requests: modelCallPayloads.requests })
    .from(modelCallPayloads)
    .where(and(eq(modelCallPayloads.workspaceId, options.workspaceId), inArray(modelCallPayloads.callId, options.callIds)));
  return new Map(rows.map((row) => [row.callId, row.requests]));
}
