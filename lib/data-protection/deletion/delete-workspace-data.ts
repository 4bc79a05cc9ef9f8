import "server-only";
import { eq, sql } from "drizzle-orm";
import { workspaces } from "@/lib/db/schema";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";
import { childRowsOfWorkspace, childTablesByName } from "./count-workspace-rows";
import type { WorkspaceTables } from "./workspace-tables";

/**
 * Removes every row of one workspace; call inside a transaction (all or nothing). Child tables go
 * first, then the scoped tables in foreign-key order, then the workspaces row. Returns the rows
 * removed per table. `onTable` runs after each table: the deletion job renews its lease there
 * (a large workspace can take longer than the lease). The audit trigger lets the workspace's chain go only because this
 * transaction names that chain (and only that chain) in `brandpilot.audit_chain_delete`.
 */
export async function deleteWorkspaceData(
  tx: Database,
  options: { workspaceId: string; tables: WorkspaceTables; onTable?: () => void },
): Promise<Record<string, number>> {
  const { workspaceId, tables } = options;
  await tx.execute(sql`select set_config('brandpilot.audit_chain_delete', ${workspaceId}, true)`);
  const removed: Record<string, number> = {};
  for (const [table, links] of childTablesByName(tables)) {
    const rows = await executeRows<{ n: number }>(
      tx,
      sql`with gone as (delete from ${sql.identifier(table)} c where ${childRowsOfWorkspace(links, workspaceId)} returning 1)
          select count(*)::int as n from gone`,
    );
    removed[table] = Number(rows[0]!.n);
    options.onTable?.();
  }
  for (const table of tables.scoped) {
    const rows = await executeRows<{ n: number }>(
      tx,
      sql`with gone as (delete from ${sql.identifier(table)} where workspace_id = ${workspaceId} returning 1)
          select count(*)::int as n from gone`,
    );
    removed[table] = Number(rows[0]!.n);
    options.onTable?.();
  }
  const gone = await tx.delete(workspaces).where(eq(workspaces.id, workspaceId)).returning({ id: workspaces.id });
  removed.workspaces = gone.length;
  // Lift the permission at once: nothing later in this transaction may delete another chain's entries.
  await tx.execute(sql`select set_config('brandpilot.audit_chain_delete', '', true)`);
  return removed;
}
