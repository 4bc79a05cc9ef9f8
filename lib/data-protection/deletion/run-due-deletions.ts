import "server-only";
import { and, eq, isNotNull, lte } from "drizzle-orm";
import { appendAuditEntry } from "@/lib/audit/append";
import { workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { deleteWorkspaceData } from "./delete-workspace-data";
import { discoverWorkspaceTables } from "./workspace-tables";

export type WorkspaceDeletionResult = { workspaceId: string; rowsRemoved: Record<string, number> };

/**
 * Deletes every workspace whose grace period ended by `now`, one transaction per workspace (a
 * failure leaves that workspace whole and the others deleted). Each deletion leaves one entry in
 * the global audit chain: the workspace id and row counts per table, nothing personal (the
 * workspace's own chain is gone with it).
 * `keepAlive` renews the calling job's lease, before each workspace and after each table.
 */
export async function runDueWorkspaceDeletions(db: Database, now: Date, options: { keepAlive?: () => void } = {}): Promise<WorkspaceDeletionResult[]> {
  const due = await db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(and(isNotNull(workspaces.deletionRequestedAt), isNotNull(workspaces.archivedAt), lte(workspaces.deletionDueAt, now)));
  if (due.length === 0) return [];
  const tables = await discoverWorkspaceTables(db);
  const results: WorkspaceDeletionResult[] = [];
  for (const { id } of due) {
    options.keepAlive?.();
    const result = await db.transaction(async (tx) => {
      // Re-read under a row lock: an instance owner may have cancelled since the list was read.
      const [still] = await tx
        .select({ id: workspaces.id, dueAt: workspaces.deletionDueAt, archivedAt: workspaces.archivedAt })
        .from(workspaces)
        .where(eq(workspaces.id, id))
        .for("update");
      if (!still?.dueAt || !still.archivedAt || still.dueAt > now) return null;
      const rowsRemoved = await deleteWorkspaceData(tx, { workspaceId: id, tables, onTable: options.keepAlive });
      const totalRows = Object.values(rowsRemoved).reduce((sum, n) => sum + n, 0);
      await appendAuditEntry(tx, {
        workspaceId: null,
        actorUserId: null,
        actorLabel: "system",
        action: "workspace.delete",
        targetType: "workspace",
        targetId: id,
        outcome: "success",
        detail: { rowsRemoved, totalRows },
      });
      return { workspaceId: id, rowsRemoved };
    });
    if (result) results.push(result);
  }
  return results;
}
