import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";
import { isStopword, splitWords, stemWord } from "@/lib/rag/text/tokenize";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { IMPACT_SCALE } from "@/lib/knowledge/ingest/posting-blocks";
import { nextDepths, unseenScoreBound, type TermRead } from "./impact-bound";

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
const SCALE = sql.raw(IMPACT_SCALE.toFixed(1));

/** Blocks (of 128 postings) read per term in the first round; deeper rounds multiply it. */
const FIRST_ROUND_BLOCKS = 4;
const MAX_ROUNDS = 4;

type QueryTerm = { id: number; idf: number };
type CorpusShape = { n: number; averageLength: number };

/**
 * The query terms' ids and IDF, and the corpus statistics, from the maintained dictionary: a
 * handful of rows whatever the corpus size (document frequencies are kept at write time).
 */
async function lookUpTerms(db: Database, workspaceId: string, terms: string[]): Promise<{ terms: QueryTerm[]; corpus: CorpusShape }> {
  const rows = await executeRows<{ id: number | null; df: number | null; n: number | string; total: number | string }>(
    db,
    sql`select t.id, t.document_frequency as df, s.chunk_count as n, s.total_tokens as total
        from knowledge_corpus_stats s
        left join knowledge_terms t on t.workspace_id = s.workspace_id and t.term = any(${pgTextArray(terms)}::text[]) and t.document_frequency > 0
        where s.workspace_id = ${workspaceId}`,
  );
  if (rows.length === 0) return { terms: [], corpus: { n: 1, averageLength: 1 } };
  const n = Math.max(1, Number(rows[0]!.n));
  const averageLength = Math.max(1, Number(rows[0]!.total) / n);
  const found = rows
    .filter((row) => row.id !== null)
    .map((row) => ({ id: Number(row.id), idf: Math.log(1 + (n - Number(row.df) + 0.5) / (Number(row.df) + 0.5)) }));
  return { terms: found, corpus: { n, averageLength } };
}

const queryTermsTable = (terms: QueryTerm[], depths?: (number | null)[]) => sql`unnest(
  ${`{${terms.map((t) => t.id).join(",")}}`}::int[],
  ${`{${terms.map((t) => t.idf).join(",")}}`}::float8[],
  ${`{${terms.map((_, i) => (depths?.[i] == null ? "NULL" : depths[i])).join(",")}}`}::int[]) as q(term_id, idf, depth)`;

/** Exact BM25 of the chunks `c` from their own term vectors (current IDF and average length). */
const exactScore = (corpus: CorpusShape) => sql`(
  select coalesce(sum(q.idf * u.tf * ${K1_PLUS_1} / (u.tf + ${K1} * (${ONE_MINUS_B} + ${B} * c.indexed_length / ${sql.raw(corpus.averageLength.toFixed(4))}))), 0)
  from unnest(c.term_ids, c.term_frequencies) as u(term_id, tf) join q on q.term_id = u.term_id)`;

/**
 * BM25 top-N inside the scope (tenant, classifications, filters), reading only what can still
 * enter the top N: each query term's posting blocks are read in descending max-impact order,
 * `depth` blocks per term. A chunk none of whose read blocks held it scores at most the sum of
 * each unfinished term's lowest block maximum (TermRead bound); once the N-th candidate scores
 * at least that, nothing unread can enter, otherwise the unfinished terms are read deeper.
 * The candidates found are then scored exactly from their term vectors. `exhaustive` reads every
 * block (the benchmark's reference). Retired chunks' stale entries drop out at the join.
 */
export async function lexicalSearch(db: Database, options: { workspaceId: string; scope: SQL; terms: string[]; limit: number; exhaustive?: boolean }) {
  if (options.terms.length === 0) return [];
  const { terms, corpus } = await lookUpTerms(db, options.workspaceId, options.terms);
  if (terms.length === 0) return [];

  let depths: (number | null)[] = terms.map(() => (options.exhaustive ? null : FIRST_ROUND_BLOCKS));
  for (let round = 1; ; round++) {
    const [row] = await executeRows<{ ranked: { id: string; approx: number; score: number }[] | string | null; reads: TermRead[] | string | null }>(
      db,
      sql`
      with q as (select * from ${queryTermsTable(terms, depths)}),
      blocks as (
        select q.term_id, q.idf, b.max_impact, b.chunk_keys, b.impacts
        from q cross join lateral (
          select max_impact, chunk_keys, impacts from knowledge_posting_blocks
          where term_id = q.term_id order by max_impact desc limit q.depth
        ) b
      ),
      reads as (select term_id, count(*)::int as blocks, min(max_impact)::int as lowest from blocks group by term_id),
      approximate as (
        select u.chunk_key, sum(blocks.idf * u.impact) / ${SCALE} as approx
        from blocks cross join lateral unnest(blocks.chunk_keys, blocks.impacts) as u(chunk_key, impact)
        group by u.chunk_key
      ),
      candidates as (
        select c.id, a.approx, c.term_ids, c.term_frequencies, c.indexed_length
        from approximate a join knowledge_chunks c on c.key = a.chunk_key
        where ${options.scope}
        order by a.approx desc, c.id
        -- Twice the candidates: impacts were normalised by the average length when they were
        -- written; the exact rescoring below uses today's, so near the cut the order can move.
        ${options.exhaustive ? sql`` : sql`limit ${options.limit * 2}`}
      ),
      ranked as (
        select c.id, c.approx, ${exactScore(corpus)} as score from candidates c
        order by score desc, c.id
        limit ${options.limit}
      )
      select (select json_agg(json_build_object('id', id, 'approx', approx, 'score', score) order by score desc, id) from ranked) as ranked,
             (select json_agg(json_build_object('termId', term_id, 'blocks', blocks, 'lowest', lowest)) from reads) as reads`,
    );
    const ranked = parseJson<{ id: string; approx: number; score: number }[]>(row?.ranked) ?? [];
    const reads = parseJson<TermRead[]>(row?.reads) ?? [];
    if (options.exhaustive || round >= MAX_ROUNDS) return ranked.map(({ id, score }) => ({ id, score: Number(score) }));
    const bound = unseenScoreBound(terms, depths, reads, IMPACT_SCALE);
    // The N-th candidate's block score (before exact rescoring) against what an unseen chunk could reach.
    const nth = ranked.length >= options.limit ? Math.min(...ranked.map((r) => Number(r.approx))) : 0;
    if (bound === 0 || (ranked.length >= options.limit && nth >= bound)) return ranked.map(({ id, score }) => ({ id, score: Number(score) }));
    depths = nextDepths(terms, depths, reads, round === MAX_ROUNDS - 1);
  }
}

/** BM25 of given chunks (candidates the vector list found), for the reranker: from their term vectors. */
export async function bm25ForChunks(db: Database, options: { workspaceId: string; chunkIds: string[]; terms: string[] }) {
  if (options.chunkIds.length === 0 || options.terms.length === 0) return new Map<string, number>();
  const { terms, corpus } = await lookUpTerms(db, options.workspaceId, options.terms);
  if (terms.length === 0) return new Map<string, number>();
  const rows = await executeRows<{ id: string; score: number }>(
    db,
    sql`
    with q as (select * from ${queryTermsTable(terms)})
    select c.id, ${exactScore(corpus)}::float as score
    from knowledge_chunks c
    where c.workspace_id = ${options.workspaceId} and c.id = any(${pgTextArray(options.chunkIds)}::text[]) and c.term_ids is not null`,
  );
  return new Map(rows.filter((row) => Number(row.score) > 0).map((row) => [row.id, Number(row.score)]));
}

/** json_agg arrives parsed from node-postgres and as text from some drivers. */
function parseJson<T>(value: T | string | null | undefined): T | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? (JSON.parse(value) as T) : value;
}
