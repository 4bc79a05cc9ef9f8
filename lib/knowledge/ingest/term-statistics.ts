import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { tokenizeForSearch, type Language } from "@/lib/rag/text/tokenize";

export type TermDelta = { documentFrequencies: Map<string, number>; chunkCount: number; totalTokens: number };

export function emptyTermDelta(): TermDelta {
  return { documentFrequencies: new Map(), chunkCount: 0, totalTokens: 0 };
}

/** Adds (sign 1) or removes (sign -1) one chunk's terms. */
export function accumulateChunkTerms(delta: TermDelta, text: string, language: Language, sign: 1 | -1) {
  const terms = tokenizeForSearch(text, language);
  delta.chunkCount += sign;
  delta.totalTokens += sign * terms.length;
  for (const term of new Set(terms)) delta.documentFrequencies.set(term, (delta.documentFrequencies.get(term) ?? 0) + sign);
}

const UPSERT_BATCH = 2_000;

/**
 * Applies a delta inside the caller's transaction. Terms are written in sorted order so two
 * ingestions running at once lock rows in the same order and cannot deadlock.
 */
export async function applyTermDelta(tx: Database, workspaceId: string, delta: TermDelta) {
  const entries = [...delta.documentFrequencies.entries()].filter(([, df]) => df !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (let i = 0; i < entries.length; i += UPSERT_BATCH) {
    const batch = entries.slice(i, i + UPSERT_BATCH);
    await tx.execute(sql`
      insert into knowledge_term_stats (workspace_id, term, document_frequency)
      select ${workspaceId}, t.term, t.df
      from unnest(${`{${batch.map(([term]) => JSON.stringify(term)).join(",")}}`}::text[], ${`{${batch.map(([, df]) => df).join(",")}}`}::int[]) as t(term, df)
      on conflict (workspace_id, term) do update
        set document_frequency = greatest(0, knowledge_term_stats.document_frequency + excluded.document_frequency)`);
  }
  if (delta.chunkCount !== 0 || delta.totalTokens !== 0) {
    await tx.execute(sql`
      insert into knowledge_corpus_stats (workspace_id, chunk_count, total_tokens)
      values (${workspaceId}, ${Math.max(0, delta.chunkCount)}, ${Math.max(0, delta.totalTokens)})
      on conflict (workspace_id) do update set
        chunk_count = greatest(0, knowledge_corpus_stats.chunk_count + ${delta.chunkCount}),
        total_tokens = greatest(0, knowledge_corpus_stats.total_tokens + ${delta.totalTokens})`);
  }
}

/** Document frequencies of the given terms plus corpus size, for the local reranker. */
export async function loadCorpusStatistics(db: Database, workspaceId: string, terms: string[]) {
  const unique = [...new Set(terms)];
  const [corpus] = await executeRows<{ chunk_count: number; total_tokens: number | string }>(
    db,
    sql`select chunk_count, total_tokens from knowledge_corpus_stats where workspace_id = ${workspaceId}`,
  );
  const documentFrequencies: Record<string, number> = {};
  if (unique.length > 0) {
    const rows = await executeRows<{ term: string; document_frequency: number }>(
      db,
      sql`select term, document_frequency from knowledge_term_stats
          where workspace_id = ${workspaceId} and term = any(${`{${unique.map((t) => JSON.stringify(t)).join(",")}}`}::text[])`,
    );
    for (const row of rows) documentFrequencies[row.term] = Number(row.document_frequency);
  }
  const documentCount = Number(corpus?.chunk_count ?? 0);
  return {
    documentCount,
    averageLength: documentCount > 0 ? Number(corpus!.total_tokens) / documentCount : 1,
    documentFrequencies,
  };
}
