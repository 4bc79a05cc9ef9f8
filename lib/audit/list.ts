import "server-only";
import { and, desc, eq, gte, ilike, lt, lte, or, type SQL } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AuditOutcome } from "./append";

export type AuditFilters = {
  action?: string;
  actor?: string;
  outcome?: AuditOutcome;
  from?: Date;
  to?: Date;
};

/** One page of a workspace's audit log, newest first; `before` is the cursor (storage seq). */
export async function listAuditEntries(
  db: Database,
  options: { workspaceId: string; filters: AuditFilters; limit: number; before?: number },
) {
  const { filters } = options;
  const conditions: (SQL | undefined)[] = [
    eq(auditLog.workspaceId, options.workspaceId),
    filters.action ? ilike(auditLog.action, `%${escapeLike(filters.action)}%`) : undefined,
    filters.actor
      ? or(ilike(auditLog.actorLabel, `%${escapeLike(filters.actor)}%`), eq(auditLog.actorUserId, filters.actor))
      : undefined,
    filters.outcome ? eq(auditLog.outcome, filters.outcome) : undefined,
    filters.from ? gte(auditLog.createdAt, filters.from) : undefined,
    filters.to ? lte(auditLog.createdAt, filters.to) : undefined,
    options.before ? lt(auditLog.seq, options.before) : undefined,
  ];
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...conditions))
    .orderBy(desc(auditLog.seq))
    .limit(options.limit + 1);
  const hasMore = rows.length > options.limit;
  const entries = rows.slice(0, options.limit);
  return { entries, nextCursor: hasMore ? entries.at(-1)?.seq : undefined };
}

function escapeLike(value: string) {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
