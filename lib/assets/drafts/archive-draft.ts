import "server-only";
import { and, eq } from "drizzle-orm";
import { assets } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";

type DraftChange = { workspaceId: string; assetId: string; userId: string; role: Role };

/**
 * Archiving hides a draft from the library without deleting it (its versions and audit trail stay,
 * and it can be restored). Only the draft's author may do it, or an admin: an editor reviewing
 * someone's work must not make it disappear from its author's library.
 */
async function loadOwnDraft(db: Database, options: DraftChange) {
  const [asset] = await db
    .select({ id: assets.id, state: assets.state, createdBy: assets.createdBy, archivedAt: assets.archivedAt })
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)))
    .for("update");
  if (!asset) throw new AppError("not_found", { key: "assets.assetDoesNotExist" });
  if (options.role !== "admin" && asset.createdBy !== options.userId) throw new AppError("forbidden", { key: "assets.onlyDraftSAuthor" });
  return asset;
}

export async function archiveDraft(db: Database, options: DraftChange): Promise<{ archivedAt: Date }> {
  return db.transaction(async (tx) => {
    const asset = await loadOwnDraft(tx, options);
    if (asset.archivedAt) throw new AppError("conflict", { key: "assets.draftAlreadyArchived" });
    // Anything past "draft" is part of a review record; it is never hidden by its author.
    if (asset.state !== "draft") throw new AppError("conflict", { key: "assets.onlyDraftsArchivable", params: { state: asset.state } });
    const archivedAt = new Date();
    await tx.update(assets).set({ archivedAt, archivedBy: options.userId, updatedAt: archivedAt }).where(eq(assets.id, asset.id));
    return { archivedAt };
  });
}

export async function restoreDraft(db: Database, options: DraftChange): Promise<{ restored: true }> {
  return db.transaction(async (tx) => {
    const asset = await loadOwnDraft(tx, options);
    if (!asset.archivedAt) throw new AppError("conflict", { key: "assets.draftNotArchived" });
    await tx.update(assets).set({ archivedAt: null, archivedBy: null, updatedAt: new Date() }).where(eq(assets.id, asset.id));
    return { restored: true };
  });
}
