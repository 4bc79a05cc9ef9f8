import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { BM25_B, BM25_K1 } from "@/lib/ai/local-models/bm25";
import { isStopword, splitWords, stemWord } from "@/lib/rag/text/tokenize";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { queryLanguages } from "./query-language";
import { BLOCK_SIZE, IMPACT_SCALE } from "@/lib/knowledge/ingest/posting-blocks";

/**
 * The query's index terms, stemmed in the query's language (queryLanguages): chunks are indexed
 * in their own language. When the language is open (a few keywords) every word is stemmed as
 * English and as German, and a word that is a stopword in either is dropped: "the" is no German
 * stopword, and its postings cover every chunk.
 */
export function queryTerms(query: string): string[] {
  const languages = queryLanguages(query);
  const terms = new Set<string>();
  for (const word of splitWords(query)) {
    if (languages.some((language) => isStopword(word, language))) continue;
    for (const language of languages) terms.add(stemWord(word, language));
  }
  return [...terms];
}

// Constants inlined (not bound): a bound 1.2 next to an integer column is typed integer and fails.
const K1 = sql.raw(BM25_K1.toFixed(4));
const K1_PLUS_1 = sql.raw((BM25_K1 + 1).toFixed(4));
const B = sql.raw(BM25_B.toFixed(4));
const ONE_MINUS_B = sql.raw((1 - BM25_B).toFixed(4));
const SCALE = sql.raw(IMPACT_SCALE.toFixed(1));

/**
 * Postings read per query at most (score-at-a-time with a postings budget, as in JASS, Lin &
 * Trotman 2015): the blocks with the largest idf × max impact across all query terms, i.e. the
 * largest possible contributions first. A query whose terms have fewer postings in all reads
 * everything and is exact. Chosen by measurement (BENCHMARKS.md, bench:scale).
 */
const POSTINGS_BUDGET = 16_384;
/** Block-score candidates joined with their chunk rows (scope filters), as a multiple of the limit. */
const CANDIDATES_PER_RESULT = 4;

type QueryTerm = { id: number; term: string; idf: number };
type CorpusShape = { n: number; averageLength: number };
/** The query terms found in the workspace's dictionary, with the corpus statistics. */
export type TermDictionary = { terms: QueryTerm[]; corpus: CorpusShape };

/**
 * The query terms' ids and IDF, and the corpus statistics, from the maintained dictionary: a
 * handful of rows whatever the corpus size (document frequencies are kept at write time).
 * retrieve() looks them up once and hands them to every stage that needs them.
 */
export async function lookUpTerms(db: Database, workspaceId: string, terms: string[]): Promise<TermDictionary> {
  const rows = await executeRows<{ id: number | null; term: string | null; df: number | null; n: number | string; total: number | string }>(
    db,
    sql`select t.id, t.term, t.document_frequency as df, s.chunk_count as n, s.total_tokens as total
        from knowledge_corpus_stats s
        left join knowledge_terms t on t.workspace_id = s.workspace_id and t.term = any(${pgTextArray(terms)}::text[]) and t.document_frequency > 0
        where s.workspace_id = ${workspaceId}`,
  );
  if (rows.length === 0) return { terms: [], corpus: { n: 1, averageLength: 1 } };
  const n = Math.max(1, Number(rows[0]!.n));
  const averageLength = Math.max(1, Number(rows[0]!.total) / n);
  const found = rows
    .filter((row) => row.id !== null)
    .map((row) => ({ id: Number(row.id), term: row.term!, idf: Math.log(1 + (n - Number(row.df) + 0.5) / (Number(row.df) + 0.5)) }));
  return { terms: found, corpus: { n, averageLength } };
}

/**
 * The workspace's IDF of the looked-up terms (those no chunk holds are absent) and a weight for a
 * term no chunk holds, a little above the rarest term's: the query-side weights of
 * idf-weighted-query.ts.
 */
export function termIdf(dictionary: TermDictionary): { idf: Map<string, number>; unknownIdf: number } {
  return { idf: new Map(dictionary.terms.map((t) => [t.term, t.idf])), unknownIdf: Math.log(1 + dictionary.corpus.n) };
}

const queryTermsTable = (terms: QueryTerm[]) => sql`unnest(
  ${`{${terms.map((t) => t.id).join(",")}}`}::int[],
  ${`{${terms.map((t) => t.idf).join(",")}}`}::float8[]) as q(term_id, idf)`;

/** Exact BM25 of the chunks `c` from their own term vectors (current IDF and average length). */
const exactScore = (corpus: CorpusShape) => sql`(
  select coalesce(sum(q.idf * u.tf * ${K1_PLUS_1} / (u.tf + ${K1} * (${ONE_MINUS_B} + ${B} * c.indexed_length / ${sql.raw(corpus.averageLength.toFixed(4))}))), 0)
  from unnest(c.term_ids, c.term_frequencies) as u(term_id, tf) join q on q.term_id = u.term_id)`;

/**
 * BM25 top-N inside the scope (tenant, classifications, filters). Reads at most POSTINGS_BUDGET
 * postings, whatever the corpus size: the query terms' blocks are ranked by idf × max impact
 * (from the index alone) and the best are read; their chunks get a block score, the best
 * 4 × N of those are joined with their rows (scope filters), and the 2 × N best left are scored
 * exactly from their term vectors with today's statistics. When the scope keeps fewer than N
 * (narrow filters), the search runs again over every block. `narrow` (a scope of a few sources)
 * scores the scope's own chunks directly; `exhaustive` reads every block (the benchmark's
 * reference). Retired chunks' stale entries drop out at the join.
 */
export async function lexicalSearch(
  db: Database,
  options: {
    workspaceId: string;
    scope: SQL;
    terms: string[];
    limit: number;
    exhaustive?: boolean;
    narrow?: boolean;
    /** Postings read at most (default POSTINGS_BUDGET); tests and benchmarks vary it. */
    postingsBudget?: number;
    /** `terms` already looked up (lookUpTerms), to spare the round trip. */
    dictionary?: TermDictionary;
  },
) {
  if (options.terms.length === 0) return [];
  const { terms, corpus } = options.dictionary ?? (await lookUpTerms(db, options.workspaceId, options.terms));
  if (terms.length === 0) return [];
  if (options.narrow) return scoreScope(db, { ...options, terms, corpus });
  const budgeted = await searchBlocks(db, { ...options, terms, corpus, everything: options.exhaustive === true });
  if (options.exhaustive || budgeted.ranked.length >= options.limit || !budgeted.capped) return budgeted.ranked;
  return (await searchBlocks(db, { ...options, terms, corpus, everything: true })).ranked;
}

async function searchBlocks(
  db: Database,
  options: { scope: SQL; terms: QueryTerm[]; corpus: CorpusShape; limit: number; everything: boolean; postingsBudget?: number },
): Promise<{ ranked: { id: string; score: number }[]; capped: boolean }> {
  const all = options.everything;
  const blockBudget = Math.max(1, Math.ceil((options.postingsBudget ?? POSTINGS_BUDGET) / BLOCK_SIZE));
  const [row] = await executeRows<{ ranked: { id: string; score: number }[] | string | null; blocks: number; cut: number }>(
    db,
    sql`
    with q as (select * from ${queryTermsTable(options.terms)}),
    chosen as (
      select b.id, q.idf from q join knowledge_posting_blocks b on b.term_id = q.term_id
      order by q.idf * b.max_impact desc, b.id
      ${all ? sql`` : sql`limit ${blockBudget + 1}`}
    ),
    approximate as (
      select u.chunk_key, sum(chosen.idf * u.impact) / ${SCALE} as approx
      from (select * from chosen ${all ? sql`` : sql`limit ${blockBudget}`}) chosen
      join knowledge_posting_blocks b on b.id = chosen.id
      cross join lateral unnest(b.chunk_keys, b.impacts) as u(chunk_key, impact)
      group by u.chunk_key
    ),
    best as (
      select chunk_key, approx from approximate order by approx desc, chunk_key
      ${all ? sql`` : sql`limit ${options.limit * CANDIDATES_PER_RESULT}`}
    ),
    candidates as (
      select c.id, c.term_ids, c.term_frequencies, c.indexed_length
      from best a join knowledge_chunks c on c.key = a.chunk_key
      where ${options.scope}
      order by a.approx desc, c.id
      ${all ? sql`` : sql`limit ${options.limit * 2}`}
    ),
    ranked as (
      select c.id, ${exactScore(options.corpus)} as score from candidates c
      order by score desc, c.id
      limit ${options.limit}
    )
    select (select json_agg(json_build_object('id', id, 'score', score) order by score desc, id) from ranked) as ranked,
           (select count(*) from chosen)::int as blocks,
           (select count(*) from approximate)::int as cut`,
  );
  const ranked = (parseJson<{ id: string; score: number }[]>(row?.ranked) ?? []).map(({ id, score }) => ({ id, score: Number(score) }));
  // Capped: blocks were left unread, or block-score candidates were left unjoined.
  const capped = !all && (Number(row?.blocks ?? 0) > blockBudget || Number(row?.cut ?? 0) > options.limit * CANDIDATES_PER_RESULT);
  return { ranked, capped };
}

/** Exact BM25 of every chunk in a narrow scope (a product's own chunks) from their term vectors. */
async function scoreScope(db: Database, options: { scope: SQL; terms: QueryTerm[]; corpus: CorpusShape; limit: number }) {
  const rows = await executeRows<{ id: string; score: number }>(
    db,
    sql`
    with q as (select * from ${queryTermsTable(options.terms)})
    select * from (
      select c.id, ${exactScore(options.corpus)}::float as score from knowledge_chunks c
      where ${options.scope} and c.term_ids && ${`{${options.terms.map((t) => t.id).join(",")}}`}::int[]
    ) scored where score > 0
    order by score desc, id
    limit ${options.limit}`,
  );
  return rows.map((row) => ({ id: row.id, score: Number(row.score) }));
}

/** BM25 of given chunks (candidates the vector list found), for the reranker: from their term vectors. */
export async function bm25ForChunks(db: Database, options: { workspaceId: string; chunkIds: string[]; terms: string[]; dictionary?: TermDictionary }) {
  if (options.chunkIds.length === 0 || options.terms.length === 0) return new Map<string, number>();
  const { terms, corpus } = options.dictionary ?? (await lookUpTerms(db, options.workspaceId, options.terms));
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
