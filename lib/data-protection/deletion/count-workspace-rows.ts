import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";
import type { ChildTable, WorkspaceTables } from "./workspace-tables";

/** Rows of a child table whose parent row belongs to the workspace (joined on the foreign key's columns). */
function childRowsThroughParent(child: ChildTable, workspaceId: string): SQL {
  const join = sql.join(
    child.columns.map((column, index) => sql`p.${sql.identifier(child.parentColumns[index]!)} = c.${sql.identifier(column)}`),
    sql` and `,
  );
  return sql`exists (select 1 from ${sql.identifier(child.parent)} p where ${join} and p.workspace_id = ${workspaceId})`;
}

/** A child table's rows reached through any of its foreign keys into the workspace's tables. */
export function childRowsOfWorkspace(links: ChildTable[], workspaceId: string): SQL {
  return sql`(${sql.join(links.map((link) => childRowsThroughParent(link, workspaceId)), sql` or `)})`;
}

/** Child tables by name, each with every foreign key that ties it to a scoped table. */
export function childTablesByName(tables: WorkspaceTables): Map<string, ChildTable[]> {
  const byName = new Map<string, ChildTable[]>();
  for (const child of tables.children) byName.set(child.table, [...(byName.get(child.table) ?? []), child]);
  return byName;
}

/** Rows per table that belong to the workspace: every scoped table and every child table. */
export async function countWorkspaceRows(db: Database, tables: WorkspaceTables, workspaceId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables.scoped) {
    const [row] = await executeRows<{ n: number | string }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)} where workspace_id = ${workspaceId}`,
    );
    counts[table] = Number(row!.n);
  }
  for (const [table, links] of childTablesByName(tables)) {
    const [row] = await executeRows<{ n: number | string }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(table)} c where ${childRowsOfWorkspace(links, workspaceId)}`,
    );
    counts[table] = Number(row!.n);
  }
  return counts;
}
