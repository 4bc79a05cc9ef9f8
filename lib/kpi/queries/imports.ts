import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import { kpiImports, type KpiImport } from "@/lib/db/schema/kpi";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export type ImportListItem = Omit<KpiImport, "mapping"> & { createdByEmail: string | null };

/** The workspace's imports, newest first, with who started each. */
export async function listImports(db: Database, options: { workspaceId: string; limit: number }): Promise<ImportListItem[]> {
  const rows = await db
    .select({ item: kpiImports, createdByEmail: users.email })
    .from(kpiImports)
    .leftJoin(users, eq(users.id, kpiImports.createdBy))
    .where(eq(kpiImports.workspaceId, options.workspaceId))
    .orderBy(desc(kpiImports.createdAt))
    .limit(options.limit);
  return rows.map(({ item, createdByEmail }) => {
    const { mapping: _mapping, ...rest } = item;
    return { ...rest, createdByEmail };
  });
}

/** One import of the workspace; another workspace's id answers not found. */
export async function getImport(db: Database, options: { workspaceId: string; importId: string }): Promise<KpiImport> {
  const [row] = await db.select().from(kpiImports).where(and(eq(kpiImports.workspaceId, options.workspaceId), eq(kpiImports.id, options.importId)));
  if (!row) throw new AppError("not_found", { key: "kpi.importDoesNotExist" });
  return row;
}

/** Whether the workspace's figures include the demo seed's synthetic data (the dashboard says so). */
export async function hasSyntheticData(db: Database, options: { workspaceId: string }): Promise<boolean> {
  const [row] = await db
    .select({ found: sql<number>`1` })
    .from(kpiImports)
    .where(and(eq(kpiImports.workspaceId, options.workspaceId), eq(kpiImports.origin, "synthetic"), eq(kpiImports.status, "succeeded")))
    .limit(1);
  return Boolean(row);
}

export const ACTIVE_IMPORT_STATUSES: ReadonlySet<KpiImport["status"]> = new Set(["uploading", "queued", "parsing", "applying"]);
