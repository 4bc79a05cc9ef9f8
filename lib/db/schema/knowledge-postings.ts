import { bigint, index, integer, pgTable, text } from "drizzle-orm/pg-core";

/**
 * The lexical index: one row per (active chunk, stemmed term) with the term's frequency in the
 * chunk and the chunk's length in terms, so BM25 is one aggregate query (lib/knowledge/retrieve).
 * Terms are stemmed in the chunk's language (Snowball German or English), stopwords dropped.
 * Rows exist only for active chunks: retiring a chunk deletes its postings, not the chunk.
 */
export const knowledgePostings = pgTable(
  "knowledge_postings",
  {
    workspaceId: text("workspace_id").notNull(),
    term: text("term").notNull(),
    chunkId: text("chunk_id").notNull(),
    termFrequency: integer("term_frequency").notNull(),
    chunkLength: integer("chunk_length").notNull(),
  },
  (table) => [
    index("knowledge_postings_term_idx").on(table.workspaceId, table.term),
    index("knowledge_postings_chunk_idx").on(table.chunkId),
  ],
);

/** Corpus size per workspace for BM25's IDF and length normalisation. */
export const knowledgeCorpusStats = pgTable("knowledge_corpus_stats", {
  workspaceId: text("workspace_id").primaryKey(),
  chunkCount: integer("chunk_count").notNull().default(0),
  totalTokens: bigint("total_tokens", { mode: "number" }).notNull().default(0),
});
