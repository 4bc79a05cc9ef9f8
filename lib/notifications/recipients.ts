import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { assetTransitions, memberships } from "@/lib/db/schema";
import { ROLES, type Role } from "@/lib/authz/roles";
import { roleHasPermission, type Permission } from "@/lib/authz/permissions";
import type { Database } from "@/lib/db/types";

/** Members whose role holds the permission (reviewers: asset:review; admins: members:manage). */
export async function membersWithPermission(db: Database, options: { workspaceId: string; permission: Permission }): Promise<string[]> {
  const roles: Role[] = ROLES.filter((role) => roleHasPermission(role, options.permission));
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, options.workspaceId), inArray(memberships.role, roles)));
  return rows.map((row) => row.userId);
}

/** Whoever submitted the asset most recently: often its author, but an editor may submit for them. */
export async function lastSubmitterOf(db: Database, options: { workspaceId: string; assetId: string }): Promise<string | null> {
  const [row] = await db
    .select({ actorId: assetTransitions.actorId })
    .from(assetTransitions)
    .where(and(eq(assetTransitions.workspaceId, options.workspaceId), eq(assetTransitions.assetId, options.assetId), eq(assetTransitions.action, "submit")))
    .orderBy(desc(assetTransitions.createdAt))
    .limit(1);
  return row?.actorId ?? null;
}
