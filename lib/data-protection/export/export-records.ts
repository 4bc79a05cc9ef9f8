import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { workspaceExports } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";

export type ExportProgress = {
  id: string;
  status: "pending" | "running" | "done" | "failed";
  tablesTotal: number;
  tablesDone: number;
  rowsTotal: number;
  rowsWritten: number;
  bytesWritten: number;
  error: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

const progressColumns = {
  id: workspaceExports.id,
  status: workspaceExports.status,
  tablesTotal: workspaceExports.tablesTotal,
  tablesDone: workspaceExports.tablesDone,
  rowsTotal: workspaceExports.rowsTotal,
  rowsWritten: workspaceExports.rowsWritten,
  bytesWritten: workspaceExports.bytesWritten,
  error: workspaceExports.error,
  createdAt: workspaceExports.createdAt,
  finishedAt: workspaceExports.finishedAt,
};

export async function createWorkspaceExport(db: Database, options: { workspaceId: string; requestedBy: string }): Promise<{ id: string }> {
  const id = createId("workspaceExport");
  await db.insert(workspaceExports).values({ id, workspaceId: options.workspaceId, requestedBy: options.requestedBy });
  return { id };
}

export async function getWorkspaceExport(db: Database, options: { workspaceId: string; exportId: string }): Promise<ExportProgress> {
  const [row] = await db
    .select(progressColumns)
    .from(workspaceExports)
    .where(and(eq(workspaceExports.workspaceId, options.workspaceId), eq(workspaceExports.id, options.exportId)))
    .limit(1);
  if (!row) throw new AppError("not_found", { key: "dataProtection.exportDoesNotExist" });
  return row;
}

export async function listWorkspaceExports(db: Database, options: { workspaceId: string; limit?: number }): Promise<ExportProgress[]> {
  return db
    .select(progressColumns)
    .from(workspaceExports)
    .where(eq(workspaceExports.workspaceId, options.workspaceId))
    .orderBy(desc(workspaceExports.createdAt))
    .limit(options.limit ?? 10);
}

/**
 * Claims a pending export for its one download: pending → running in a single conditional
 * update, so two clicks (or a shared link) cannot stream the workspace twice. The requester
 * or any admin of the workspace (the permission holders) may download it.
 */
export async function claimWorkspaceExport(db: Database, options: { workspaceId: string; exportId: string }) {
  const [claimed] = await db
    .update(workspaceExports)
    .set({ status: "running", startedAt: sql`now()` })
    .where(
      and(
        eq(workspaceExports.workspaceId, options.workspaceId),
        eq(workspaceExports.id, options.exportId),
        eq(workspaceExports.status, "pending"),
      ),
    )
    .returning({ id: workspaceExports.id, requestedBy: workspaceExports.requestedBy });
  if (claimed) return claimed;
  const existing = await getWorkspaceExport(db, options);
  throw new AppError("conflict", { key: "dataProtection.exportAlreadyClaimed", params: { status: existing.status === "running" ? "running" : "done" } });
}

export async function recordExportProgress(
  db: Database,
  options: { exportId: string; tablesTotal: number; tablesDone: number; rowsTotal: number; rowsWritten: number; bytesWritten: number },
) {
  const { exportId, ...progress } = options;
  await db.update(workspaceExports).set(progress).where(eq(workspaceExports.id, exportId));
}

export async function finishWorkspaceExport(
  db: Database,
  options: { exportId: string; status: "done" | "failed"; error?: string; rowsWritten: number; bytesWritten: number; tablesDone: number },
) {
  await db
    .update(workspaceExports)
    .set({
      status: options.status,
      error: options.error ?? null,
      rowsWritten: options.rowsWritten,
      bytesWritten: options.bytesWritten,
      tablesDone: options.tablesDone,
      finishedAt: sql`now()`,
    })
    .where(eq(workspaceExports.id, options.exportId));
}
