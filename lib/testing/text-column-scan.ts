import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

type Rows<T> = { rows: T[] };

/**
 * Every text, varchar and jsonb column of every table in the public schema whose value contains
 * `needle` (case-insensitive), as `table.column (n rows)`. Proves "no trace left" without a list
 * of tables that a new migration could make incomplete.
 */
export async function findTextColumnsContaining(needle: string): Promise<string[]> {
  const db = await getDb();
  const columns = (await db.execute(sql`
    select table_name, column_name from information_schema.columns
    where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
      and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')
    order by table_name, column_name
  `)) as unknown as Rows<{ table_name: string; column_name: string }>;
  const pattern = `%${needle.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns.rows) {
    const result = (await db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${sql.identifier(column)}::text ilike ${pattern}`,
    )) as unknown as Rows<{ n: number }>;
    const count = Number(result.rows[0]?.n ?? 0);
    if (count > 0) hits.push(`${table}.${column} (${count} rows)`);
  }
  return hits;
}

/** How many text-like columns the scan reads: a test asserts it is not trivially zero. */
export async function countScannedTextColumns(): Promise<number> {
  const db = await getDb();
  const result = (await db.execute(sql`
    select count(*)::int as n from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = 'public' and c.data_type in ('text', 'character varying', 'jsonb', 'json', 'ARRAY')
  `)) as unknown as Rows<{ n: number }>;
  return Number(result.rows[0]?.n ?? 0);
}
