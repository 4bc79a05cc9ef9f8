import "server-only";
import { asc, count, eq } from "drizzle-orm";
import { memberships, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";

/**
 * Every workspace of the instance, archived ones included, for the instance owners' page. Unscoped
 * on purpose (instance owners administer workspaces they are not members of); never call it for
 * anyone else.
 */
export async function listAllWorkspacesForInstanceOwner(db: Database) {
  return db
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      createdAt: workspaces.createdAt,
      archivedAt: workspaces.archivedAt,
      deletionDueAt: workspaces.deletionDueAt,
      memberCount: count(memberships.userId),
    })
    .from(workspaces)
    .leftJoin(memberships, eq(memberships.workspaceId, workspaces.id))
    .groupBy(workspaces.id)
    .orderBy(asc(workspaces.name));
}

export type InstanceWorkspace = Awaited<ReturnType<typeof listAllWorkspacesForInstanceOwner>>[number];
