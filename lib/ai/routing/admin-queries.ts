import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import { modelCalls } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { pageWindow, toPage, type PageRequest } from "@/lib/paging/offset-page";

/** Attempts and failures per model over the last 24 hours, from the call records. */
export async function recentModelHealth(db: Database, options: { workspaceId: string }) {
  const rows = await executeRows<{ model_id: string; attempts: number; failures: number }>(
    db,
    sql`select a->>'modelId' as model_id, count(*)::int as attempts,
               count(*) filter (where a->>'outcome' not in ('success', 'invalid_output'))::int as failures
        from model_calls c, jsonb_array_elements(c.attempts) a
        where c.workspace_id = ${options.workspaceId} and c.created_at > now() - interval '24 hours'
        group by 1`,
  );
  return new Map(rows.map((row) => [row.model_id, { attempts: Number(row.attempts), failures: Number(row.failures) }]));
}

export type CallFilters = { task?: string; model?: string; outcome?: "success" | "error" };

/** One page of a workspace's model calls, newest first (id breaks ties), with the filters applied to every page. */
export async function listRecentCalls(db: Database, options: { workspaceId: string; filters: CallFilters; page: PageRequest }) {
  const { filters } = options;
  const conditions: (SQL | undefined)[] = [
    eq(modelCalls.workspaceId, options.workspaceId),
    filters.task ? eq(modelCalls.task, filters.task) : undefined,
    filters.model ? eq(modelCalls.chosenModel, filters.model) : undefined,
    filters.outcome === "success" ? sql`${modelCalls.errorClass} is null` : filters.outcome === "error" ? sql`${modelCalls.errorClass} is not null` : undefined,
  ];
  const { limit, offset } = pageWindow(options.page);
  const rows = await db
    .select()
    .from(modelCalls)
    .where(and(...conditions))
    .orderBy(desc(modelCalls.createdAt), desc(modelCalls.id))
    .limit(limit)
    .offset(offset);
  return toPage(rows, options.page);
}
