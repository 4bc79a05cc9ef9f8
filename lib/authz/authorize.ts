import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { getMembership, type WorkspaceMembership } from "@/lib/workspaces/queries";
import { roleHasPermission, type Permission } from "./permissions";

export type Actor = { id: string; email: string; name: string; isInstanceOwner: boolean };
export type WorkspaceAccess = { actor: Actor; membership: WorkspaceMembership };

/** The signed-in, active account, or `unauthorized`. Every scope starts here. */
export async function authorizeAccount(db: Database, options: { userId: string | null }): Promise<Actor> {
  if (!options.userId) throw new AppError("unauthorized");
  const [actor] = await db
    .select({ id: users.id, email: users.email, name: users.name, isInstanceOwner: users.isInstanceOwner })
    .from(users)
    .where(and(eq(users.id, options.userId), isNull(users.disabledAt)))
    .limit(1);
  if (!actor) throw new AppError("unauthorized");
  return actor;
}

/** Instance-wide administration (workspaces, owners) is for instance owners only. */
export async function authorizeInstanceOwner(db: Database, options: { userId: string | null }): Promise<Actor> {
  const actor = await authorizeAccount(db, options);
  if (!actor.isInstanceOwner) throw new AppError("forbidden", { key: "authz.onlyInstanceOwnerCan" });
  return actor;
}

/**
 * The one authorization decision, shared by server actions, route handlers and pages:
 * session → active account → membership in the named workspace → the declared permission.
 * A workspace the user is not a member of answers not_found, never forbidden, so outsiders
 * cannot probe which workspaces exist.
 */
export async function authorizeWorkspaceAccess(
  db: Database,
  options: { userId: string | null; workspaceId: string | null; permission: Permission },
): Promise<WorkspaceAccess> {
  const actor = await authorizeAccount(db, options);
  if (!options.workspaceId) throw new AppError("not_found", { key: "authz.workspaceNotFound" });
  const membership = await getMembership(db, { workspaceId: options.workspaceId, userId: actor.id });
  if (!membership) throw new AppError("not_found", { key: "authz.workspaceNotFound" });
  if (!roleHasPermission(membership.role, options.permission)) throw new AppError("forbidden");
  return { actor, membership };
}
