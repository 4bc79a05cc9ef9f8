import { bigint, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";

/**
 * Document frequencies of stemmed terms over a workspace's active chunks, kept up to date at
 * ingestion and retirement. The local reranker scores candidates with BM25 from these.
 */
export const knowledgeTermStats = pgTable(
  "knowledge_term_stats",
  {
    workspaceId: text("workspace_id").notNull(),
    term: text("term").notNull(),
    documentFrequency: integer("document_frequency").notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.term] })],
);

export const knowledgeCorpusStats = pgTable("knowledge_corpus_stats", {
  workspaceId: text("workspace_id").primaryKey(),
  chunkCount: integer("chunk_count").notNull().default(0),
  totalTokens: bigint("total_tokens", { mode: "number" }).notNull().default(0),
});
