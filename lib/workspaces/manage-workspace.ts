import "server-only";
import { eq } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

/*
 * Instance-owner changes to any workspace. They deliberately skip the membership scope of the
 * workspace queries: instance owners administer workspaces they are not members of (and archived
 * ones, which answer not_found to everyone else). Callers are instance actions only.
 */

type WorkspaceRow = { id: string; slug: string; name: string; archivedAt: Date | null };

async function lockWorkspaceForInstanceOwner(tx: Database, workspaceId: string): Promise<WorkspaceRow> {
  const [row] = await tx
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, archivedAt: workspaces.archivedAt })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1)
    .for("update");
  if (!row) throw new AppError("not_found", "Workspace not found.");
  return row;
}

export async function renameWorkspace(tx: Database, options: { workspaceId: string; name: string }) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  const name = options.name.trim();
  await tx.update(workspaces).set({ name }).where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, previousName: before.name, name };
}

/** Members lose access at once (every lookup filters archived workspaces); the data stays until restored. */
export async function archiveWorkspace(tx: Database, options: { workspaceId: string }) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  if (before.archivedAt) throw new AppError("conflict", `${before.name} is already archived.`);
  const archivedAt = new Date();
  await tx.update(workspaces).set({ archivedAt }).where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, archivedAt };
}

export async function restoreWorkspace(tx: Database, options: { workspaceId: string }) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  if (!before.archivedAt) throw new AppError("conflict", `${before.name} is not archived.`);
  await tx.update(workspaces).set({ archivedAt: null }).where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, archivedSince: before.archivedAt };
}
