import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { memberships } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/**
 * Refuses a change that would leave the workspace without an admin. Locks the workspace's
 * admin rows first (FOR UPDATE) so two admins demoting each other at once cannot both pass.
 * Must run inside the transaction that makes the change.
 */
export async function assertAdminRemains(
  tx: Database,
  options: { workspaceId: string; userIdLosingAdmin: string },
): Promise<void> {
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.role, "admin")))
    .for("update");
  const remaining = admins.filter((admin) => admin.userId !== options.userIdLosingAdmin);
  if (remaining.length === 0) {
    throw new AppError("conflict", "A workspace needs at least one admin: make someone else admin first.");
  }
}

/** Locks the workspace's admin memberships in a fixed order (user id). */
export async function lockAdminRows(tx: Database, workspaceId: string) {
  await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
    .orderBy(memberships.userId)
    .for("update");
}

/** Keeps `updated_at` honest on every role change. */
export const touchedNow = sql`now()`;
