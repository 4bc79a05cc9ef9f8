import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";
import { isStopword, splitWords, stemWord } from "@/lib/rag/text/tokenize";
import { pgTextArray } from "@/lib/db/pg-arrays";

/**
 * The query's index terms: stemmed as English and as German, because chunks are indexed in
 * their own language and a short query's language is a guess. A word that is a stopword in
 * either language is dropped: "the" is no German stopword, and its postings cover every chunk.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const word of splitWords(query)) {
    if (isStopword(word, "en") || isStopword(word, "de")) continue;
    terms.add(stemWord(word, "en"));
    terms.add(stemWord(word, "de"));
  }
  return [...terms];
}

// Constants inlined (not bound): a bound 1.2 next to an integer column is typed integer and fails.
const K1 = sql.raw(BM25_K1.toFixed(4));
const K1_PLUS_1 = sql.raw((BM25_K1 + 1).toFixed(4));
const B = sql.raw(BM25_B.toFixed(4));
const ONE_MINUS_B = sql.raw((1 - BM25_B).toFixed(4));

const bm25Expression = (n: SQL, avgLength: SQL) => sql`
  sum(ln(1 + (${n} - df.df + 0.5) / (df.df + 0.5))
      * p.term_frequency * ${K1_PLUS_1}
      / (p.term_frequency + ${K1} * (${ONE_MINUS_B} + ${B} * p.chunk_length / ${avgLength})))`;

/**
 * The `df` (document frequency per query term) and `stats` (corpus size, average length) CTEs
 * both BM25 queries start from. Frequencies come from the postings themselves, so they always
 * match what is searchable.
 */
function corpusStatistics(workspaceId: string, terms: string[]): SQL {
  return sql`df as (
      select term, count(*)::float as df from knowledge_postings
      where workspace_id = ${workspaceId} and term = any(${pgTextArray(terms)}::text[])
      group by term
    ), stats as (
      select greatest(chunk_count, 1)::float as n, greatest(total_tokens::float / greatest(chunk_count, 1), 1) as avg_length
      from knowledge_corpus_stats where workspace_id = ${workspaceId}
    )`;
}

/**
 * BM25 top-N over the postings index, inside the scope (tenant, classifications, filters).
 */
export async function lexicalSearch(db: Database, options: { workspaceId: string; scope: SQL; terms: string[]; limit: number }) {
  if (options.terms.length === 0) return [];
  return executeRows<{ id: string; score: number }>(
    db,
    sql`
    with ${corpusStatistics(options.workspaceId, options.terms)}, scored as (
      select p.chunk_id, ${bm25Expression(sql`stats.n`, sql`stats.avg_length`)} as score
      from knowledge_postings p join df using (term) cross join stats
      -- The term filter again on p: without it the planner cannot see that df holds a handful
      -- of terms and scans every posting of the workspace (measured 140 ms instead of 15).
      where p.workspace_id = ${options.workspaceId} and p.term = any(${pgTextArray(options.terms)}::text[])
      group by p.chunk_id
    )
    select c.id, s.score::float as score
    from scored s join knowledge_chunks c on c.id = s.chunk_id
    where ${options.scope}
    order by s.score desc
    limit ${options.limit}`,
  ).then((rows) => rows.map((row) => ({ id: row.id, score: Number(row.score) })));
}

/** BM25 of given chunks (candidates the vector list found), for the reranker. */
export async function bm25ForChunks(db: Database, options: { workspaceId: string; chunkIds: string[]; terms: string[] }) {
  if (options.chunkIds.length === 0 || options.terms.length === 0) return new Map<string, number>();
  const rows = await executeRows<{ chunk_id: string; score: number }>(
    db,
    sql`
    with ${corpusStatistics(options.workspaceId, options.terms)}
    select p.chunk_id, ${bm25Expression(sql`stats.n`, sql`stats.avg_length`)}::float as score
    from knowledge_postings p join df using (term) cross join stats
    where p.workspace_id = ${options.workspaceId} and p.term = any(${pgTextArray(options.terms)}::text[])
      and p.chunk_id = any(${pgTextArray(options.chunkIds)}::text[])
    group by p.chunk_id`,
  );
  return new Map(rows.map((row) => [row.chunk_id, Number(row.score)]));
}
