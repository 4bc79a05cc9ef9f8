import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";
import { pgTextArray } from "@/lib/db/pg-arrays";

/** A chunk's entries in the lexical index: stemmed term → frequency, plus its length in terms. */
export type ChunkPostings = { chunkId: string; length: number; frequencies: Map<string, number> };

export function buildChunkPostings(chunkId: string, text: string, language: Language): ChunkPostings {
  const terms = tokenizeForSearch(text, language);
  const frequencies = new Map<string, number>();
  for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  return { chunkId, length: terms.length, frequencies };
}

const ROWS_PER_STATEMENT = 20_000;

/**
 * Writes postings and moves the workspace's corpus size in one go, inside the caller's
 * transaction. Arrays + unnest: one statement per 20,000 rows instead of one row per parameter
 * group, which is what keeps bulk ingestion fast.
 */
export async function insertPostings(tx: Database, workspaceId: string, postings: ChunkPostings[]) {
  const rows: { term: string; chunkId: string; tf: number; length: number }[] = [];
  for (const posting of postings) {
    for (const [term, tf] of posting.frequencies) rows.push({ term, chunkId: posting.chunkId, tf, length: posting.length });
  }
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const batch = rows.slice(i, i + ROWS_PER_STATEMENT);
    await tx.execute(sql`
      insert into knowledge_postings (workspace_id, term, chunk_id, term_frequency, chunk_length)
      select ${workspaceId}, t.term, t.chunk_id, t.tf, t.len
      from unnest(${pgTextArray(batch.map((r) => r.term))}::text[], ${pgTextArray(batch.map((r) => r.chunkId))}::text[],
                  ${`{${batch.map((r) => r.tf).join(",")}}`}::int[], ${`{${batch.map((r) => r.length).join(",")}}`}::int[])
        as t(term, chunk_id, tf, len)`);
  }
  await adjustCorpusStats(tx, workspaceId, postings.length, postings.reduce((sum, p) => sum + p.length, 0));
}

/** Removes retired chunks from the lexical index and the corpus size. */
export async function deletePostings(tx: Database, workspaceId: string, chunkIds: string[]) {
  if (chunkIds.length === 0) return;
  const removed = (await tx.execute(sql`
    with gone as (
      delete from knowledge_postings where workspace_id = ${workspaceId} and chunk_id = any(${pgTextArray(chunkIds)}::text[])
      returning chunk_id, chunk_length
    )
    select count(distinct chunk_id)::int as chunks, coalesce(sum(distinct_len), 0)::bigint as tokens
    from (select chunk_id, max(chunk_length) as distinct_len from gone group by chunk_id) per_chunk`)) as unknown as {
    rows: { chunks: number; tokens: number | string }[];
  };
  const row = removed.rows[0];
  if (row && Number(row.chunks) > 0) await adjustCorpusStats(tx, workspaceId, -Number(row.chunks), -Number(row.tokens));
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
