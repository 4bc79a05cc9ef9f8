import "server-only";
import { and, desc, eq, max, ne, notExists, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditLog, memberships, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { ERASURE_AUDIT_ACTION } from "./audit-detail";

export type FormerMember = { userId: string; name: string; email: string; lastSeenAt: Date };

/**
 * People who appear in the workspace's audit chain (as actor or as the user an entry is about)
 * without a membership now, and whose data was not erased since they last acted here. Someone who
 * rejoins and acts again shows up again after a later removal.
 */
export async function listFormerMembers(db: Database, options: { workspaceId: string; limit?: number }): Promise<FormerMember[]> {
  const erasure = alias(auditLog, "erasure");
  const own = alias(auditLog, "own");
  const lastOwnEntry = db
    .select({ chainSeq: sql`coalesce(max(${own.chainSeq}), 0)` })
    .from(own)
    .where(and(eq(own.chainKey, options.workspaceId), eq(own.actorUserId, users.id)));
  const rows = await db
    .select({ userId: users.id, name: users.name, email: users.email, lastSeenAt: max(auditLog.createdAt) })
    .from(auditLog)
    .innerJoin(users, or(eq(users.id, auditLog.actorUserId), and(eq(auditLog.targetType, "user"), eq(users.id, auditLog.targetId))))
    .where(
      and(
        eq(auditLog.chainKey, options.workspaceId),
        ne(auditLog.action, ERASURE_AUDIT_ACTION),
        notExists(
          db
            .select({ one: sql`1` })
            .from(memberships)
            .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, users.id))),
        ),
        notExists(
          db
            .select({ one: sql`1` })
            .from(erasure)
            .where(
              and(
                eq(erasure.chainKey, options.workspaceId),
                eq(erasure.action, ERASURE_AUDIT_ACTION),
                eq(erasure.outcome, "success"),
                eq(erasure.targetType, "user"),
                eq(erasure.targetId, users.id),
                sql`${erasure.chainSeq} > (${lastOwnEntry})`,
              ),
            ),
        ),
      ),
    )
    .groupBy(users.id, users.name, users.email)
    .orderBy(desc(max(auditLog.createdAt)))
    .limit(options.limit ?? 200);
  return rows.map((row) => ({ ...row, lastSeenAt: row.lastSeenAt ?? new Date(0) }));
}
