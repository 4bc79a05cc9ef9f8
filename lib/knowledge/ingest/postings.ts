import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { BLOCK_SIZE, impactOf } from "./posting-blocks";

/** A chunk's entries in the lexical index: stemmed term → frequency, plus its length in terms. */
export type ChunkPostings = { chunkId: string; length: number; frequencies: Map<string, number> };

export function buildChunkPostings(chunkId: string, text: string, language: Language): ChunkPostings {
  const terms = tokenizeForSearch(text, language);
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return { chunkId, length: terms.length, frequencies };
}

/** Rows per multi-row statement: measured, larger batches gained nothing and cost memory. */
const BLOCK_ROWS_PER_STATEMENT = 5_000;
const CHUNK_ROWS_PER_STATEMENT = 2_000;

/** A chunk's term vector as stored on knowledge_chunks (term ids ascending). */
export type TermVector = { termIds: number[]; termFrequencies: number[]; indexedLength: number };

/**
 * First half of indexing new chunks, before their rows are inserted: their terms' document
 * frequencies go up (one upsert; terms sorted so two concurrent writers lock rows in the same
 * order and cannot deadlock) and each chunk's term vector is returned, to be written with the
 * row itself (an UPDATE afterwards would leave a dead copy of every chunk row behind).
 */
export async function prepareTermVectors(tx: Database, workspaceId: string, postings: ChunkPostings[]) {
  const indexed = postings.filter((p) => p.frequencies.size > 0);
  const termIds = indexed.length > 0 ? await upsertTerms(tx, workspaceId, indexed) : new Map<string, number>();
  const vectors = new Map<string, TermVector>();
  for (const posting of postings) {
    const entries = [...posting.frequencies].map(([term, tf]) => [termIds.get(term)!, tf] as const).sort((a, b) => a[0] - b[0]);
    vectors.set(posting.chunkId, { termIds: entries.map((e) => e[0]), termFrequencies: entries.map((e) => e[1]), indexedLength: posting.length });
  }
  return { termIds, vectors };
}

/**
 * Second half, once the chunk rows exist (`keys`: their knowledge_chunks.key): per term, the
 * batch's postings join the term's open (not yet full) block and are cut into impact-ordered
 * blocks; the workspace's corpus size moves.
 */
export async function writePostings(tx: Database, workspaceId: string, postings: ChunkPostings[], termIds: Map<string, number>, keys: Map<string, number>) {
  const totalLength = postings.reduce((sum, p) => sum + p.length, 0);
  // Impacts use the average length including this batch, so the first batch of an empty
  // workspace is normalised by its own average.
  const stats = await corpusStats(tx, workspaceId);
  const averageLength = Math.max(1, (stats.totalTokens + totalLength) / Math.max(1, stats.chunkCount + postings.length));
  const entriesByTerm = new Map<number, { key: number; impact: number }[]>();
  for (const posting of postings) {
    if (posting.frequencies.size === 0) continue;
    const key = keys.get(posting.chunkId);
    if (key === undefined) throw new Error(`writePostings: chunk ${posting.chunkId} is not in workspace ${workspaceId}`);
    for (const [term, tf] of posting.frequencies) {
      const termId = termIds.get(term)!;
      const list = entriesByTerm.get(termId) ?? [];
      list.push({ key, impact: impactOf(tf, posting.length, averageLength) });
      entriesByTerm.set(termId, list);
    }
  }
  await mergeIntoBlocks(tx, entriesByTerm);
  // Chunks without index terms still count in N: they are documents BM25 ranks below the others.
  await adjustCorpusStats(tx, workspaceId, postings.length, totalLength);
}

/**
 * Adds chunks that already exist (a released quarantined sentence changed one chunk's text) to
 * the lexical index: both halves, with the term vector written by an UPDATE.
 */
export async function insertPostings(tx: Database, workspaceId: string, postings: ChunkPostings[]) {
  const { termIds, vectors } = await prepareTermVectors(tx, workspaceId, postings);
  if (postings.length > 0) await writeTermVectors(tx, workspaceId, postings, vectors);
  const keys = await chunkKeys(tx, workspaceId, postings.map((p) => p.chunkId));
  await writePostings(tx, workspaceId, postings, termIds, keys);
}

async function upsertTerms(tx: Database, workspaceId: string, postings: ChunkPostings[]): Promise<Map<string, number>> {
  const frequencies = new Map<string, number>();
  for (const posting of postings) for (const term of posting.frequencies.keys()) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  const terms = [...frequencies.keys()].sort();
  const rows = await executeRows<{ id: number; term: string }>(
    tx,
    sql`insert into knowledge_terms (workspace_id, term, document_frequency)
        select ${workspaceId}, t.term, t.df
        from unnest(${pgTextArray(terms)}::text[], ${`{${terms.map((t) => frequencies.get(t)).join(",")}}`}::int[]) with ordinality as t(term, df, n)
        order by t.n
        on conflict (workspace_id, term) do update set document_frequency = knowledge_terms.document_frequency + excluded.document_frequency
        returning id, term`,
  );
  return new Map(rows.map((row) => [row.term, Number(row.id)]));
}

async function chunkKeys(tx: Database, workspaceId: string, chunkIds: string[]): Promise<Map<string, number>> {
  const rows = await executeRows<{ id: string; key: number }>(
    tx,
    sql`select id, key from knowledge_chunks where workspace_id = ${workspaceId} and id = any(${pgTextArray(chunkIds)}::text[])`,
  );
  return new Map(rows.map((row) => [row.id, Number(row.key)]));
}

/** Term vectors of existing chunk rows, as comma lists parsed by Postgres. */
async function writeTermVectors(tx: Database, workspaceId: string, postings: ChunkPostings[], vectors: Map<string, TermVector>) {
  for (let i = 0; i < postings.length; i += CHUNK_ROWS_PER_STATEMENT) {
    const batch = postings.slice(i, i + CHUNK_ROWS_PER_STATEMENT);
    const vectorsOf = batch.map((p) => vectors.get(p.chunkId)!);
    await tx.execute(sql`
      update knowledge_chunks c
      set term_ids = string_to_array(t.ids, ',')::int[], term_frequencies = string_to_array(t.tfs, ',')::smallint[], indexed_length = t.len
      from unnest(${pgTextArray(batch.map((p) => p.chunkId))}::text[], ${pgTextArray(vectorsOf.map((v) => v.termIds.join(",")))}::text[],
                  ${pgTextArray(vectorsOf.map((v) => v.termFrequencies.join(",")))}::text[], ${`{${vectorsOf.map((v) => v.indexedLength).join(",")}}`}::int[])
        as t(chunk_id, ids, tfs, len)
      where c.workspace_id = ${workspaceId} and c.id = t.chunk_id`);
  }
}

/**
 * Per term: the incoming entries plus the entries of the term's open block (fewer than
 * BLOCK_SIZE; at most one per term, found through a partial index) are sorted by impact and cut
 * into blocks again, in one statement. Without this every write batch left one small block per
 * term, and the row headers of those blocks outweighed the postings several times over. Stale
 * entries (chunks retired or re-keyed since) in the open block are dropped on the way.
 */
async function mergeIntoBlocks(tx: Database, entriesByTerm: Map<number, { key: number; impact: number }[]>) {
  const terms = [...entriesByTerm.keys()].sort((a, b) => a - b);
  for (let i = 0; i < terms.length; i += BLOCK_ROWS_PER_STATEMENT) {
    const batch = terms.slice(i, i + BLOCK_ROWS_PER_STATEMENT);
    const ids = `{${batch.join(",")}}`;
    await tx.execute(sql`
      with incoming as (
        select t.term_id, u.chunk_key, u.impact
        from unnest(${ids}::int[], ${pgTextArray(batch.map((id) => entriesByTerm.get(id)!.map((e) => e.key).join(",")))}::text[],
                    ${pgTextArray(batch.map((id) => entriesByTerm.get(id)!.map((e) => e.impact).join(",")))}::text[]) as t(term_id, keys, impacts)
        cross join lateral unnest(string_to_array(t.keys, ',')::int[], string_to_array(t.impacts, ',')::smallint[]) as u(chunk_key, impact)
      ), reopened as (
        delete from knowledge_posting_blocks b
        where b.term_id = any(${ids}::int[]) and cardinality(b.chunk_keys) < ${sql.raw(String(BLOCK_SIZE))}
        returning b.term_id, b.chunk_keys, b.impacts
      ), entries as (
        select term_id, chunk_key, impact from incoming
        union all
        select r.term_id, u.chunk_key, u.impact
        from reopened r cross join lateral unnest(r.chunk_keys, r.impacts) as u(chunk_key, impact)
        where exists (select 1 from knowledge_chunks c where c.key = u.chunk_key and c.retired_at is null)
      ), numbered as (
        select term_id, chunk_key, impact,
               (row_number() over (partition by term_id order by impact desc, chunk_key) - 1) / ${sql.raw(String(BLOCK_SIZE))} as block
        from entries
      )
      insert into knowledge_posting_blocks (term_id, max_impact, chunk_keys, impacts)
      select term_id, max(impact), array_agg(chunk_key order by impact desc, chunk_key), array_agg(impact order by impact desc, chunk_key)
      from numbered group by term_id, block`);
  }
}

/**
 * Takes chunks (retired, deleted, or about to be re-indexed) out of the lexical index: their
 * terms' document frequencies and the corpus size go down, and each chunk gets a new key, so
 * the entries its old key left in posting blocks match no chunk any more (they are dropped when
 * a term's blocks are compacted). Idempotent: a chunk whose term vector is already cleared is
 * not counted twice. Call it before deleting chunk rows.
 */
export async function deletePostings(tx: Database, workspaceId: string, chunkIds: string[]) {
  if (chunkIds.length === 0) return;
  const [removed] = await executeRows<{ chunks: number; tokens: number | string }>(
    tx,
    sql`
    with gone as (
      select id, term_ids, indexed_length from knowledge_chunks
      where workspace_id = ${workspaceId} and id = any(${pgTextArray(chunkIds)}::text[]) and term_ids is not null
      for update
    ), cleared as (
      update knowledge_chunks c set term_ids = null, term_frequencies = null, indexed_length = null, key = default
      from gone where c.id = gone.id
      returning 1
    ), frequencies as (
      update knowledge_terms t set document_frequency = greatest(0, t.document_frequency - d.n)
      from (select u.term_id, count(*)::int as n from gone cross join lateral unnest(gone.term_ids) as u(term_id) group by u.term_id) d
      where t.id = d.term_id and t.workspace_id = ${workspaceId}
      returning 1
    )
    select (select count(*) from gone)::int as chunks, (select coalesce(sum(indexed_length), 0) from gone)::bigint as tokens,
           (select count(*) from cleared)::int as cleared, (select count(*) from frequencies)::int as terms`,
  );
  if (removed && Number(removed.chunks) > 0) await adjustCorpusStats(tx, workspaceId, -Number(removed.chunks), -Number(removed.tokens));
}

async function corpusStats(tx: Database, workspaceId: string) {
  const [row] = await executeRows<{ chunk_count: number; total_tokens: number | string }>(
    tx,
    sql`select chunk_count, total_tokens from knowledge_corpus_stats where workspace_id = ${workspaceId}`,
  );
  return { chunkCount: Number(row?.chunk_count ?? 0), totalTokens: Number(row?.total_tokens ?? 0) };
}

async function adjustCorpusStats(tx: Database, workspaceId: string, chunkDelta: number, tokenDelta: number) {
  if (chunkDelta === 0 && tokenDelta === 0) return;
  await tx.execute(sql`
    insert into knowledge_corpus_stats (workspace_id, chunk_count, total_tokens)
    values (${workspaceId}, ${Math.max(0, chunkDelta)}, ${Math.max(0, tokenDelta)})
    on conflict (workspace_id) do update set
      chunk_count = greatest(0, knowledge_corpus_stats.chunk_count + ${chunkDelta}),
      total_tokens = greatest(0, knowledge_corpus_stats.total_tokens + ${tokenDelta})`);
}
