import "server-only";
import { and, desc, eq, inArray, isNull, lt } from "drizzle-orm";
import { auditLog, memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/** The global-chain actions a workspace admin may see for the workspace's own members. */
export const MEMBER_SIGN_IN_ACTIONS = ["auth.sign_in", "auth.sign_out"] as const;

/**
 * One page of sign-in, failed sign-in and sign-out events of a workspace's *current* members,
 * newest first; `before` is the cursor (storage seq).
 *
 * These events live in the global chain (workspace_id null), so the tenant scope is the actor:
 * only entries whose actor_user_id is a member of this workspace right now. Failed attempts for
 * unknown addresses and rate-limited attempts carry no actor id, so they never appear here, and
 * neither do people who belong only to other workspaces.
 */
export async function listMemberSignInEvents(
  db: Database,
  options: { workspaceId: string; limit: number; before?: number },
) {
  const currentMembers = db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(eq(memberships.workspaceId, options.workspaceId));
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        isNull(auditLog.workspaceId),
        inArray(auditLog.action, [...MEMBER_SIGN_IN_ACTIONS]),
        inArray(auditLog.actorUserId, currentMembers),
        options.before ? lt(auditLog.seq, options.before) : undefined,
      ),
    )
    .orderBy(desc(auditLog.seq))
    .limit(options.limit + 1);
  const hasMore = rows.length > options.limit;
  const entries = rows.slice(0, options.limit);
  return { entries, nextCursor: hasMore ? entries.at(-1)?.seq : undefined };
}
