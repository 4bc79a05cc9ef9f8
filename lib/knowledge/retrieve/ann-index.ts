import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";

/**
 * Which precision the database's HNSW index over chunk embeddings has: PostgreSQL keeps a
 * half-precision index (drizzle/0018: half the size), the embedded PGlite a full-precision one
 * (drizzle/0022: WebAssembly converts half floats in software, 4× the insert cost). A vector
 * query must order by the indexed expression, or the planner cannot use the index at all.
 * Asked once per database handle; the answer only changes with a migration, i.e. a restart.
 */
export type AnnPrecision = "half" | "full";

const HALF_PRECISION_INDEX = "knowledge_chunks_embedding_768_hnsw_half";
const known = new WeakMap<object, Promise<AnnPrecision>>();

export function annPrecision(db: Database): Promise<AnnPrecision> {
  let answer = known.get(db);
  if (!answer) {
    answer = executeRows<{ half: boolean }>(
      db,
      sql`select exists (select 1 from pg_indexes where schemaname = current_schema() and indexname = ${HALF_PRECISION_INDEX}) as half`,
    ).then(([row]) => (row?.half ? "half" : "full"));
    // A failed lookup is not remembered: the next query asks again.
    answer.catch(() => known.delete(db));
    known.set(db, answer);
  }
  return answer;
}

/**
 * The cosine distance of chunk `c`'s embedding to a query vector, written as the HNSW index of
 * that precision is defined (the planner matches the expression literally).
 */
export function indexedCosineDistance(precision: AnnPrecision, dimensions: number, vectorLiteral: string): SQL {
  const dims = sql.raw(String(Math.trunc(dimensions)));
  return precision === "half"
    ? sql`c.embedding::halfvec(${dims}) <=> ${vectorLiteral}::halfvec(${dims})`
    : sql`c.embedding::vector(${dims}) <=> ${vectorLiteral}::vector(${dims})`;
}
