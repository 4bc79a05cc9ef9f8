import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";

export type TableSize = { table: string; tableBytes: number; indexBytes: number; totalBytes: number };

/**
 * On-disk size of every knowledge_* table (found in the catalogue, so tables added later are
 * counted without changing this file): heap + TOAST as tableBytes, all its indexes as indexBytes.
 * Same functions on PostgreSQL and PGlite.
 */
export async function knowledgeTableSizes(db: Database): Promise<TableSize[]> {
  const rows = await executeRows<{ relname: string; table_bytes: string | number; index_bytes: string | number; total_bytes: string | number }>(
    db,
    sql`select c.relname,
               pg_table_size(c.oid) as table_bytes,
               pg_indexes_size(c.oid) as index_bytes,
               pg_total_relation_size(c.oid) as total_bytes
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relname like 'knowledge\_%' and c.relkind in ('r', 'p', 'm')
          and n.nspname = current_schema()
        order by pg_total_relation_size(c.oid) desc`,
  );
  return rows.map((row) => ({
    table: row.relname,
    tableBytes: Number(row.table_bytes),
    indexBytes: Number(row.index_bytes),
    totalBytes: Number(row.total_bytes),
  }));
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
  if (bytes >= 1024 ** 2) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024).toFixed(0)} kB`;
}
