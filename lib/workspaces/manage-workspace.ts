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

type WorkspaceRow = { id: string; slug: string; name: string; archivedAt: Date | null; deletionDueAt: Date | null };

const DAY_MS = 24 * 60 * 60 * 1000;

async function lockWorkspaceForInstanceOwner(tx: Database, workspaceId: string): Promise<WorkspaceRow> {
  const [row] = await tx
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      archivedAt: workspaces.archivedAt,
      deletionDueAt: workspaces.deletionDueAt,
    })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId))
    .limit(1)
    .for("update");
  if (!row) throw new AppError("not_found", { key: "workspaces.workspaceNotFound" });
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
  if (before.archivedAt) throw new AppError("conflict", { key: "workspaces.alreadyArchived", params: { name: before.name } });
  const archivedAt = new Date();
  await tx.update(workspaces).set({ archivedAt }).where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, archivedAt };
}

export async function restoreWorkspace(tx: Database, options: { workspaceId: string }) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  if (!before.archivedAt) throw new AppError("conflict", { key: "workspaces.notArchived", params: { name: before.name } });
  if (before.deletionDueAt) throw new AppError("conflict", { key: "workspaces.scheduledDeletionCancelDeletion", params: { name: before.name } });
  await tx.update(workspaces).set({ archivedAt: null }).where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, archivedSince: before.archivedAt };
}

/**
 * Deletion after a grace period: the workspace is archived at once (members lose access) and every
 * row of it is removed by the daily job once `deletionDueAt` has passed
 * (lib/data-protection/deletion). Until then an instance owner can cancel.
 */
export async function requestWorkspaceDeletion(
  tx: Database,
  options: { workspaceId: string; requestedBy: string; graceDays: number; now?: Date },
) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  if (before.deletionDueAt) throw new AppError("conflict", { key: "workspaces.alreadyScheduledDeletion", params: { name: before.name } });
  const now = options.now ?? new Date();
  const deletionDueAt = new Date(now.getTime() + options.graceDays * DAY_MS);
  await tx
    .update(workspaces)
    .set({ archivedAt: before.archivedAt ?? now, deletionRequestedAt: now, deletionRequestedBy: options.requestedBy, deletionDueAt })
    .where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, deletionDueAt, wasArchived: before.archivedAt !== null };
}

/** Cancels a pending deletion and restores the workspace (its members can open it again). */
export async function cancelWorkspaceDeletion(tx: Database, options: { workspaceId: string }) {
  const before = await lockWorkspaceForInstanceOwner(tx, options.workspaceId);
  if (!before.deletionDueAt) throw new AppError("conflict", { key: "workspaces.notScheduledDeletion", params: { name: before.name } });
  await tx
    .update(workspaces)
    .set({ archivedAt: null, deletionRequestedAt: null, deletionRequestedBy: null, deletionDueAt: null })
    .where(eq(workspaces.id, before.id));
  return { id: before.id, slug: before.slug, name: before.name, deletionDueAt: before.deletionDueAt };
}
