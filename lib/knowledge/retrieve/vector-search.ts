import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { annPrecision, indexedCosineDistance } from "./ann-index";

/**
 * hnsw.ef_search for a top-`limit` vector query, chosen by recall@100 against an exact scan
 * (bench:scale's sweep, SciFact dev + 2,000 distractors, 9,453 chunks, PostgreSQL, loaded machine):
 * ef 100 → 0.80, 200 → 0.90 (+8 ms p50), 400 → 0.97 (+22 ms p50). Twice the limit buys a tenth of
 * recall for little time; beyond it time grows faster than recall. pgvector caps it at 1,000.
 */
export function efSearchFor(limit: number): number {
  return Math.min(1_000, Math.max(40, 2 * limit));
}

/**
 * Vector top-N inside the scope. On PostgreSQL the HNSW index is over half-precision copies of
 * the embeddings (drizzle/0018: half the index size; PGlite keeps a full-precision one, see
 * ./ann-index.ts); it only chooses the candidates, which are then scored and ordered by cosine
 * similarity of the stored full-precision vectors, so scores and their order are what an exact
 * scan would give for the same candidates. `exhaustive` is that exact scan over every
 * comparable chunk (the benchmark's reference).
 */
export async function vectorSearch(
  db: Database,
  options: { scope: SQL; queryEmbedding: number[]; dimensions: number; modelId: string; limit: number; exhaustive: boolean },
) {
  const vectorLiteral = `[${options.queryEmbedding.join(",")}]`;
  const dims = sql.raw(String(Math.trunc(options.dimensions)));
  const fullDistance = sql`c.embedding::vector(${dims}) <=> ${vectorLiteral}::vector(${dims})`;
  const indexedDistance = indexedCosineDistance(await annPrecision(db), options.dimensions, vectorLiteral);
  return db.transaction(async (tx) => {
    if (options.exhaustive) {
      await tx.execute(sql`select set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`);
    } else {
      // pgvector filters after the HNSW scan; iterative scans keep going until `limit` rows pass
      // the workspace filter, so a small workspace next to a huge one still gets its k results.
      // With a few thousand chunks pgvector's cost model prefers an exact scan plus sort, which
      // measured 5× slower than the HNSW scan; seqscan/sort off make it take the index. All four
      // settings are transaction-local and sent in one round trip.
      await tx.execute(sql`select
        set_config('hnsw.iterative_scan', 'relaxed_order', true),
        set_config('hnsw.ef_search', ${String(efSearchFor(options.limit))}, true),
        set_config('enable_seqscan', 'off', true),
        set_config('enable_sort', 'off', true)`);
    }
    // Only chunks embedded by the query's model are comparable; during a re-embedding the others
    // are still found by the lexical list.
    const comparable = sql`${options.scope} and c.embedding_dimensions = ${options.dimensions} and c.embedding_model = ${options.modelId}`;
    const rows = await executeRows<{ id: string; score: number | string }>(
      tx,
      options.exhaustive
        ? sql`select c.id, 1 - (${fullDistance}) as score from knowledge_chunks c where ${comparable} order by ${fullDistance} limit ${options.limit}`
        : sql`select c.id, 1 - (${fullDistance}) as score from knowledge_chunks c where ${comparable} order by ${indexedDistance} limit ${options.limit}`,
    );
    // Re-ordered by the full-precision score (a handful of rows; the index order is half precision).
    return rows.map((row) => ({ id: row.id, score: Number(row.score) })).sort((a, b) => b.score - a.score);
  });
}
