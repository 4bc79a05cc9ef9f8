import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { blendScores } from "@/lib/ai/local-models/reranker";
import { expandQuery, FEEDBACK_DEFAULTS, weightedBm25, type FeedbackOptions, type TermVector } from "./relevance-feedback";

/**
 * Re-scores the candidates with BM25 of the RM3-expanded query (relevance-feedback.ts). The
 * feedback documents are the best candidates by the built-in reranker's blend of their BM25
 * and embedding similarity (whatever reranker is configured: one model call per query); every
 * candidate gets a score from its own term vector, so nothing beyond the candidates is read:
 * two small queries (the candidates' term vectors; the statistics of the query and expansion
 * terms). Returns candidate id → expanded BM25 (0 for a candidate without a term vector).
 */
export async function rescoreWithFeedback(
  db: Database,
  options: {
    workspaceId: string;
    terms: string[];
    candidateIds: string[];
    bm25: Map<string, number>;
    similarity: Map<string, number>;
    feedback?: FeedbackOptions;
  },
): Promise<Map<string, number>> {
  const settings = options.feedback ?? FEEDBACK_DEFAULTS;
  const ids = options.candidateIds;
  if (ids.length === 0 || options.terms.length === 0) return new Map();
  const firstPass = blendScores(ids.map((id) => ({ text: "", bm25: options.bm25.get(id) ?? 0, vectorSimilarity: options.similarity.get(id) ?? 0 })));
  const vectors = await loadTermVectors(db, options.workspaceId, ids);
  // Ties in order of id: the same candidates always give the same feedback set.
  const feedback = ids
    .map((id, i) => [id, firstPass[i]!] as const)
    .filter(([id]) => vectors.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, settings.documents)
    .map(([id, score]) => ({ vector: vectors.get(id)!, score }));
  const expansion = expandQuery([], feedback, settings);
  const stats = await loadTermStatistics(db, options.workspaceId, options.terms, [...expansion.keys()]);
  if (!stats) return new Map(ids.map((id) => [id, 0]));
  const query = expandQuery(stats.queryTermIds, feedback, settings);
  return new Map(ids.map((id) => [id, vectors.has(id) ? weightedBm25(query, vectors.get(id)!, stats.corpus) : 0]));
}

async function loadTermVectors(db: Database, workspaceId: string, ids: string[]): Promise<Map<string, TermVector>> {
  // As text: drivers differ in how they hand over int2[]/int4[] arrays.
  const rows = await executeRows<{ id: string; ids: string; tfs: string; len: number }>(
    db,
    sql`select c.id, array_to_string(c.term_ids, ',') as ids, array_to_string(c.term_frequencies, ',') as tfs, c.indexed_length as len
        from knowledge_chunks c
        where c.workspace_id = ${workspaceId} and c.id = any(${pgTextArray(ids)}::text[]) and c.term_ids is not null`,
  );
  const parse = (list: string) => (list ? list.split(",").map(Number) : []);
  return new Map(rows.map((row) => [row.id, { termIds: parse(row.ids), termFrequencies: parse(row.tfs), length: Number(row.len) }]));
}

async function loadTermStatistics(db: Database, workspaceId: string, terms: string[], expansionIds: number[]) {
  const rows = await executeRows<{ id: number | null; df: number | null; is_query: boolean | null; n: number | string; total: number | string }>(
    db,
    sql`select t.id, t.document_frequency as df, t.term = any(${pgTextArray(terms)}::text[]) as is_query, s.chunk_count as n, s.total_tokens as total
        from knowledge_corpus_stats s
        left join knowledge_terms t on t.workspace_id = s.workspace_id and t.document_frequency > 0
          and (t.term = any(${pgTextArray(terms)}::text[]) or t.id = any(${`{${expansionIds.join(",")}}`}::int[]))
        where s.workspace_id = ${workspaceId}`,
  );
  if (rows.length === 0) return null;
  const chunkCount = Math.max(1, Number(rows[0]!.n));
  const found = rows.filter((row) => row.id !== null);
  return {
    queryTermIds: found.filter((row) => row.is_query === true).map((row) => Number(row.id)),
    corpus: {
      chunkCount,
      averageLength: Math.max(1, Number(rows[0]!.total) / chunkCount),
      documentFrequency: new Map(found.map((row) => [Number(row.id), Number(row.df)])),
    },
  };
}
