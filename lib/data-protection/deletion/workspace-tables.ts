import "server-only";
import { sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import type { Database } from "@/lib/db/types";

/**
 * Where a workspace's rows live, read from the catalog at run time (never from a hand-kept list),
 * so a table added by a later migration is deleted and counted without anyone remembering it:
 *  * every table of the public schema with a `workspace_id` column (the workspaces row itself aside);
 *  * child tables without that column whose foreign key points at one of them (their rows belong to
 *    the workspace through the parent, e.g. kpi_upload_chunks → kpi_imports).
 */
export type ChildTable = { table: string; columns: string[]; parent: string; parentColumns: string[] };
export type WorkspaceTables = {
  /** Ordered so that a table comes before every table it references (safe delete order). */
  scoped: string[];
  children: ChildTable[];
};

type ForeignKeyRow = { child: string; parent: string; child_columns: string[] | string; parent_columns: string[] | string };

/** node-postgres returns name[] as an array; some drivers hand back the literal `{a,b}`. */
function asNameList(value: string[] | string): string[] {
  return Array.isArray(value) ? value : value.replace(/^\{|\}$/g, "").split(",").filter(Boolean);
}

export async function discoverWorkspaceTables(db: Database): Promise<WorkspaceTables> {
  const scopedRows = await executeRows<{ table_name: string }>(
    db,
    sql`select c.table_name from information_schema.columns c
          join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
         where c.table_schema = 'public' and c.column_name = 'workspace_id' and t.table_type = 'BASE TABLE'
         order by c.table_name`,
  );
  const scopedSet = new Set(scopedRows.map((row) => row.table_name));
  const foreignKeys = (
    await executeRows<ForeignKeyRow>(
      db,
      sql`select child.relname as child, parent.relname as parent,
                 array(select a.attname::text from unnest(con.conkey) with ordinality k(attnum, n)
                         join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.n) as child_columns,
                 array(select a.attname::text from unnest(con.confkey) with ordinality k(attnum, n)
                         join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.n) as parent_columns
            from pg_constraint con
            join pg_class child on child.oid = con.conrelid
            join pg_class parent on parent.oid = con.confrelid
            join pg_namespace ns on ns.oid = child.relnamespace
           where con.contype = 'f' and ns.nspname = 'public'`,
    )
  ).map((row) => ({ ...row, child_columns: asNameList(row.child_columns), parent_columns: asNameList(row.parent_columns) }));

  const children: ChildTable[] = foreignKeys
    .filter((fk) => scopedSet.has(fk.parent) && !scopedSet.has(fk.child) && fk.child !== "workspaces")
    .map((fk) => ({ table: fk.child, columns: fk.child_columns, parent: fk.parent, parentColumns: fk.parent_columns }))
    .sort((a, b) => a.table.localeCompare(b.table));

  return { scoped: orderReferencingFirst([...scopedSet], foreignKeys), children };
}

/** Depth-first topological order over the foreign keys among `tables`: referencing tables first. */
function orderReferencingFirst(tables: string[], foreignKeys: ForeignKeyRow[]): string[] {
  const referencedBy = new Map<string, string[]>(tables.map((table) => [table, []]));
  for (const fk of foreignKeys) {
    if (fk.child !== fk.parent && referencedBy.has(fk.child) && referencedBy.has(fk.parent)) referencedBy.get(fk.parent)!.push(fk.child);
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (table: string) => {
    if (done.has(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const child of referencedBy.get(table)!) visit(child);
    visiting.delete(table);
    done.add(table);
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  // `ordered` lists a table after everything referencing it was listed: exactly the delete order.
  return ordered;
}
