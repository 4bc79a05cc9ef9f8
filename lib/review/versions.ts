import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { assets, assetVersions, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { AppError } from "@/lib/errors";
import { editAsset } from "@/lib/assets/drafts/edit-asset";
import { diffAssetVersions, type FieldDiff } from "./diff-versions";

export async function listVersions(db: Database, options: { workspaceId: string; assetId: string }) {
  // Flags and counts only: a version's full provenance and report can be large.
  const rows = await db
    .select({
      version: assetVersions.version,
      createdAt: assetVersions.createdAt,
      authorName: users.name,
      authorEmail: users.email,
      isGenerated: sql<boolean>`${assetVersions.provenance} is not null`,
      isValid: sql<boolean>`(${assetVersions.validation}->>'valid')::boolean`,
      errors: sql<number>`(${assetVersions.validation}->'counts'->>'errors')::int`,
      warnings: sql<number>`(${assetVersions.validation}->'counts'->>'warnings')::int`,
    })
    .from(assetVersions)
    .leftJoin(users, eq(users.id, assetVersions.createdBy))
    .where(and(eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.assetId, options.assetId)))
    .orderBy(desc(assetVersions.version));
  return rows.map((row) => ({
    version: row.version,
    createdAt: row.createdAt,
    author: row.authorName ?? row.authorEmail ?? "unknown",
    isGenerated: Boolean(row.isGenerated),
    isValid: Boolean(row.isValid),
    errors: Number(row.errors),
    warnings: Number(row.warnings),
  }));
}

export async function getVersion(db: Database, options: { workspaceId: string; assetId: string; version: number }) {
  const [row] = await db
    .select()
    .from(assetVersions)
    .where(and(eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.assetId, options.assetId), eq(assetVersions.version, options.version)));
  if (!row) throw new AppError("not_found", { key: "review.versionAssetDoesNot", params: { version: options.version } });
  return row;
}

/** Field-by-field, word-level differences between any two versions of one asset. */
export async function compareVersions(db: Database, options: { workspaceId: string; assetId: string; from: number; to: number }): Promise<FieldDiff[]> {
  const [older, newer] = [await getVersion(db, { ...options, version: options.from }), await getVersion(db, { ...options, version: options.to })];
  return diffAssetVersions(older.content, newer.content);
}

/** Restores an old version's content as a new version (history is never rewritten). */
export async function restoreVersion(db: Database, options: { workspaceId: string; assetId: string; version: number; userId: string; role: Role }) {
  const [asset] = await db.select({ current: assets.currentVersion }).from(assets).where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)));
  if (!asset) throw new AppError("not_found", { key: "review.assetDoesNotExist" });
  const old = await getVersion(db, options);
  return editAsset(db, { workspaceId: options.workspaceId, assetId: options.assetId, userId: options.userId, role: options.role, baseVersion: asset.current, content: old.content, omissions: old.omissions ?? undefined });
}
