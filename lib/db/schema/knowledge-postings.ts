import { sql } from "drizzle-orm";
import { bigint, index, integer, pgTable, smallint, text, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * The lexical index's dictionary: one row per (workspace, stemmed term) with its document
 * frequency, kept up to date when chunks are indexed or retired, so a query reads a handful of
 * rows for its IDF instead of counting postings. Terms are stemmed in the chunk's language
 * (Snowball German or English), stopwords dropped. The id keys the term's posting blocks; ids
 * belong to one workspace, so a term's postings never mix tenants.
 */
export const knowledgeTerms = pgTable(
  "knowledge_terms",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    workspaceId: text("workspace_id").notNull(),
    term: text("term").notNull(),
    /** Active chunks holding the term. */
    documentFrequency: integer("document_frequency").notNull(),
  },
  (table) => [uniqueIndex("knowledge_terms_workspace_term_unique").on(table.workspaceId, table.term)],
);

/**
 * Impact-ordered posting lists, stored in blocks (lib/knowledge/ingest/posting-blocks.ts): each
 * block holds up to 128 chunks of one term, sorted by impact (the BM25 term-frequency part,
 * quantised), with the block's highest impact as an upper bound. A query reads each term's
 * blocks from the index in max-impact order and stops once nothing unread can enter its top k.
 * Arrays instead of one row per posting: 6 bytes per posting instead of ~90 with row headers.
 * Retired chunks' entries stay until the block is rewritten (open blocks are, at every write);
 * retrieval joins active chunks, so they are never returned.
 */
export const knowledgePostingBlocks = pgTable(
  "knowledge_posting_blocks",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // Through the term, a block belongs to a workspace: deleting a workspace's terms deletes its
    // blocks, and the workspace-deletion job finds this table by the foreign key.
    termId: integer("term_id")
      .notNull()
      .references(() => knowledgeTerms.id, { onDelete: "cascade" }),
    maxImpact: smallint("max_impact").notNull(),
    /** knowledge_chunks.key values, in descending impact order. */
    chunkKeys: integer("chunk_keys").array().notNull(),
    impacts: smallint("impacts").array().notNull(),
  },
  (table) => [
    index("knowledge_posting_blocks_term_impact_idx").on(table.termId, sql`${table.maxImpact} desc`),
    // The open (not yet full) block of each term, which a write batch merges its postings into.
    index("knowledge_posting_blocks_open_idx").on(table.termId).where(sql`cardinality(${table.chunkKeys}) < 128`),
  ],
);

/** Corpus size per workspace for BM25's IDF and length normalisation. */
export const knowledgeCorpusStats = pgTable("knowledge_corpus_stats", {
  workspaceId: text("workspace_id").primaryKey(),
  chunkCount: integer("chunk_count").notNull().default(0),
  totalTokens: bigint("total_tokens", { mode: "number" }).notNull().default(0),
});
