import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { assetComments, assets, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";

async function requireAsset(db: Database, workspaceId: string, assetId: string) {
  const [asset] = await db.select({ id: assets.id, version: assets.currentVersion }).from(assets).where(and(eq(assets.workspaceId, workspaceId), eq(assets.id, assetId)));
  if (!asset) throw new AppError("not_found", { key: "review.assetDoesNotExist" });
  return asset;
}

/** A comment on one field (its text path, e.g. `headlines[2].text`) or on the whole asset (null). */
export async function addComment(db: Database, options: { workspaceId: string; assetId: string; authorId: string; fieldPath: string | null; body: string }) {
  const asset = await requireAsset(db, options.workspaceId, options.assetId);
  const id = createId("assetComment");
  await db.insert(assetComments).values({ id, assetId: asset.id, workspaceId: options.workspaceId, fieldPath: options.fieldPath, version: asset.version, body: options.body.trim(), authorId: options.authorId });
  return { commentId: id };
}

export async function setCommentResolved(db: Database, options: { workspaceId: string; commentId: string; userId: string; resolved: boolean }) {
  const updated = await db
    .update(assetComments)
    .set(options.resolved ? { resolvedAt: new Date(), resolvedBy: options.userId } : { resolvedAt: null, resolvedBy: null })
    .where(and(eq(assetComments.workspaceId, options.workspaceId), eq(assetComments.id, options.commentId)))
    .returning({ id: assetComments.id, assetId: assetComments.assetId });
  if (updated.length === 0) throw new AppError("not_found", { key: "review.commentDoesNotExist" });
  return updated[0]!;
}

export async function listComments(db: Database, options: { workspaceId: string; assetId: string }) {
  return db
    .select({
      id: assetComments.id,
      fieldPath: assetComments.fieldPath,
      version: assetComments.version,
      body: assetComments.body,
      authorName: users.name,
      authorEmail: users.email,
      createdAt: assetComments.createdAt,
      resolvedAt: assetComments.resolvedAt,
    })
    .from(assetComments)
    .leftJoin(users, eq(users.id, assetComments.authorId))
    .where(and(eq(assetComments.workspaceId, options.workspaceId), eq(assetComments.assetId, options.assetId)))
    .orderBy(asc(assetComments.createdAt));
}

export function openCommentsCondition(workspaceId: string) {
  return and(eq(assetComments.workspaceId, workspaceId), isNull(assetComments.resolvedAt));
}
