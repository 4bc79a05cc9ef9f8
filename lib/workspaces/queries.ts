import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { memberships, users, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";

export type WorkspaceMembership = { workspaceId: string; slug: string; name: string; role: Role };

/**
 * The user's role in one workspace, read fresh from the database (never from the JWT). An
 * archived workspace has no members as far as access goes: it answers not_found until restored.
 */
export async function getMembership(
  db: Database,
  options: { workspaceId: string; userId: string },
): Promise<WorkspaceMembership | null> {
  const [row] = await db
    .select({ workspaceId: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId), isNull(workspaces.archivedAt)))
    .limit(1);
  return row ?? null;
}

export async function getMembershipBySlug(
  db: Database,
  options: { slug: string; userId: string },
): Promise<WorkspaceMembership | null> {
  const [row] = await db
    .select({ workspaceId: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(workspaces.slug, options.slug), eq(memberships.userId, options.userId), isNull(workspaces.archivedAt)))
    .limit(1);
  return row ?? null;
}

export async function listMembershipsOfUser(db: Database, options: { userId: string }): Promise<WorkspaceMembership[]> {
  return db
    .select({ workspaceId: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, options.userId), isNull(workspaces.archivedAt)))
    .orderBy(asc(workspaces.name));
}

export async function listWorkspaceMembers(db: Database, options: { workspaceId: string }) {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: memberships.role,
      since: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, options.workspaceId))
    .orderBy(asc(users.email));
}

export type WorkspaceMember = Awaited<ReturnType<typeof listWorkspaceMembers>>[number];
