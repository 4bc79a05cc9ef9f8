import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { efSearchFor } from "@/lib/knowledge/retrieve/vector-search";

/** An HNSW index on knowledge_chunks, as the catalogue describes it. */
export type HnswIndex = {
  name: string;
  definition: string;
  /** The indexed expression, e.g. `((embedding)::vector(768))` or `embedding` for a typed column. */
  expression: string;
  /** `vector` or `halfvec` (from the operator class): the type the query vector is cast to. */
  vectorType: string;
  distance: "cosine" | "l2" | "ip" | "l1";
  /** The partial index's WHERE clause, if any: a query must imply it for the index to be usable. */
  predicate: string | null;
  options: string[];
  bytes: number;
};

export type VectorSettings = {
  serverVersion: string;
  extensions: { name: string; version: string }[];
  embeddingColumnType: string | null;
  hnswIndexes: HnswIndex[];
  /** pgvector's session defaults (retrieve() overrides some per query). */
  gucs: Record<string, string | null>;
};

// pg_get_indexdef's shape: `… USING hnsw (<expression> <type>_<distance>_ops) [WITH (…)] [WHERE …]`.
const HNSW_DEFINITION = /USING hnsw \((.+?) (\w+?)_(cosine|l2|ip|l1)_ops\)(?: WITH \([^)]*\))?(?: WHERE (.+))?$/i;

export function parseHnswDefinition(definition: string): Pick<HnswIndex, "expression" | "vectorType" | "distance" | "predicate"> | null {
  const match = HNSW_DEFINITION.exec(definition);
  if (!match) return null;
  return { expression: match[1]!, vectorType: match[2]!, distance: match[3]!.toLowerCase() as HnswIndex["distance"], predicate: match[4] ?? null };
}

/** What the benchmark prints about the vector side: pgvector version, column type, HNSW indexes and settings. */
export async function readVectorSettings(db: Database): Promise<VectorSettings> {
  return db.transaction(async (tx) => {
    const [server] = await executeRows<{ server_version: string }>(tx, sql`select current_setting('server_version') as server_version`);
    const extensions = await executeRows<{ name: string; version: string }>(tx, sql`select extname as name, extversion as version from pg_extension order by extname`);
    const [column] = await executeRows<{ type: string }>(tx, sql`
      select format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
      where a.attrelid = to_regclass('knowledge_chunks') and a.attname = 'embedding' and not a.attisdropped`);
    const indexes = await executeRows<{ name: string; definition: string; options: string[] | string | null; bytes: string | number }>(tx, sql`
      select i.relname as name, pg_get_indexdef(i.oid) as definition, i.reloptions as options, pg_relation_size(i.oid) as bytes
      from pg_index x join pg_class i on i.oid = x.indexrelid join pg_am am on am.oid = i.relam
      where x.indrelid = to_regclass('knowledge_chunks') and am.amname = 'hnsw' order by i.relname`);
    // pgvector registers its settings when the library loads; one cast makes sure it has.
    await tx.execute(sql`select '[1]'::vector`);
    const names = ["hnsw.ef_search", "hnsw.iterative_scan", "hnsw.max_scan_tuples", "hnsw.scan_mem_multiplier", "maintenance_work_mem", "shared_buffers", "work_mem"];
    const [gucRow] = await executeRows<Record<string, string | null>>(
      tx,
      sql`select ${sql.join(names.map((name, i) => sql`current_setting(${name}, true) as ${sql.identifier(`g${i}`)}`), sql`, `)}`,
    );
    return {
      serverVersion: server!.server_version,
      extensions,
      embeddingColumnType: column?.type ?? null,
      hnswIndexes: indexes.flatMap((index) => {
        const parsed = parseHnswDefinition(index.definition);
        if (!parsed) return [];
        const options = Array.isArray(index.options) ? index.options : index.options ? index.options.slice(1, -1).split(",") : [];
        return [{ name: index.name, definition: index.definition, ...parsed, options, bytes: Number(index.bytes) }];
      }),
      gucs: Object.fromEntries(names.map((name, i) => [name, gucRow?.[`g${i}`] ?? null])),
    };
  });
}

const DISTANCE_OPERATOR: Record<HnswIndex["distance"], string> = { cosine: "<=>", l2: "<->", ip: "<#>", l1: "<+>" };

/** The HNSW index serving `dimensions`-wide embeddings: named in its expression or its predicate. */
export function hnswIndexFor(indexes: HnswIndex[], dimensions: number): HnswIndex | null {
  const dims = String(dimensions);
  return (
    indexes.find((index) => index.expression.includes(`(${dims})`) || new RegExp(`embedding_dimensions = ${dims}\\b`).test(index.predicate ?? "")) ??
    (indexes.length === 1 ? indexes[0]! : null)
  );
}

/**
 * Vector search alone, for the HNSW-vs-exact recall: the nearest `limit` chunks of a workspace by
 * the index's own expression and operator (so it follows the index if its type or cast changes)
 * with the session settings retrieve() uses, or as an exact scan with index scans switched off.
 */
export async function vectorOnlySearch(
  db: Database,
  options: {
    workspaceId: string;
    index: HnswIndex | null;
    embedding: number[];
    dimensions: number;
    modelId: string;
    limit: number;
    exact: boolean;
    /** hnsw.ef_search for this query (default: what vectorSearch uses for `limit`): the benchmark's sweep varies it. */
    efSearch?: number;
  },
): Promise<string[]> {
  const dims = Math.trunc(options.dimensions);
  // Without an HNSW index, fall back to retrieve.ts's cast (both modes are then exact scans).
  const expression = sql.raw(options.index?.expression ?? `(embedding::vector(${dims}))`);
  const operator = sql.raw(DISTANCE_OPERATOR[options.index?.distance ?? "cosine"]);
  const queryVector = sql`${`[${options.embedding.join(",")}]`}::${sql.raw(options.index?.vectorType ?? "vector")}(${sql.raw(String(dims))})`;
  const predicate: SQL = options.index?.predicate ? sql`and ${sql.raw(options.index.predicate)}` : sql``;
  return db.transaction(async (tx) => {
    if (options.exact) await tx.execute(sql`select set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`);
    else await tx.execute(sql`select
      set_config('hnsw.iterative_scan', 'relaxed_order', true),
      set_config('hnsw.ef_search', ${String(options.efSearch ?? efSearchFor(options.limit))}, true),
      set_config('enable_seqscan', 'off', true),
      set_config('enable_sort', 'off', true)`);
    const rows = await executeRows<{ id: string }>(tx, sql`
      select id from knowledge_chunks
      where workspace_id = ${options.workspaceId} and retired_at is null
        and embedding_dimensions = ${dims} and embedding_model = ${options.modelId} ${predicate}
      order by ${expression} ${operator} ${queryVector}
      limit ${options.limit}`);
    return rows.map((row) => row.id);
  });
}
