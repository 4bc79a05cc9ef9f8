import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/**
 * Locks the workspace's admin memberships (FOR UPDATE, in user-id order) and returns their user
 * ids. Called first in any transaction that may take admin away, before the target row is
 * locked: two admins demoting each other at once then queue up instead of deadlocking, and
 * neither can pass the check below on a stale count.
 */
export async function lockAdminRows(tx: Database, workspaceId: string): Promise<string[]> {
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
    .orderBy(memberships.userId)
    .for("update");
  return admins.map((admin) => admin.userId);
}

/** Refuses a change that would leave the workspace without an admin. */
export function assertAdminRemains(lockedAdminIds: string[], userIdLosingAdmin: string): void {
  if (lockedAdminIds.every((userId) => userId === userIdLosingAdmin)) {
    throw new AppError("conflict", { key: "members.workspaceNeedsAtLeast" });
  }
}

/** Keeps `updated_at` honest on every role change. */
export const touchedNow = sql`now()`;
