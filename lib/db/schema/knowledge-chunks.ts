import { sql } from "drizzle-orm";
import { boolean, customType, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { classificationEnum, languageEnum, sourceKindEnum } from "./knowledge-sources";
import { knowledgeSourceVersions } from "./knowledge-source-versions";

/**
 * Untyped `vector`: chunks embedded by different models (different dimensions) coexist while
 * a re-embedding runs. The HNSW index is a partial expression index per dimension
 * (drizzle/0004), and queries cast to that dimension to use it.
 */
const vector = customType<{ data: number[]; driverData: string }>({
  dataType: () => "vector",
  toDriver: (value) => `[${value.join(",")}]`,
  fromDriver: (value) => JSON.parse(value) as number[],
});

/**
 * Why the firewall held text back. A flag with `quarantined` cut one sentence out of the chunk
 * text (or replaced one heading of `sectionPath`); the rest of the chunk stays usable and an
 * admin's release puts the span back. A flag without it holds the whole chunk back.
 */
export type FirewallFlag = {
  rule: string;
  excerpt: string;
  /** The trained classifier's score for the flagged text (0–1), when it ran. */
  score?: number;
  /** Where the text was: the chunk text (default), a heading, the source title, hidden HTML. */
  field?: "text" | "heading" | "title" | "hidden";
  /** The cut span: offset in the original chunk text (for a heading: its index in sectionPath) and its text. */
  quarantined?: { start: number; text: string };
};

/** The unit of retrieval and citation. Retired chunks stay (assets cite them) but are not retrieved. */
export const knowledgeChunks = pgTable(
  "knowledge_chunks",
  {
    id: text("id").primaryKey(),
    /** Compact key for the lexical index's posting blocks (4 bytes per posting instead of a text id). */
    key: integer("key").notNull().generatedAlwaysAsIdentity(),
    workspaceId: text("workspace_id").notNull(),
    sourceId: text("source_id").notNull(),
    versionId: text("version_id")
      .notNull()
      .references(() => knowledgeSourceVersions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    ordinal: integer("ordinal").notNull(),
    sectionPath: text("section_path").array().notNull(),
    text: text("text").notNull(),
    tokenCount: integer("token_count").notNull(),
    language: languageEnum("language").notNull(),
    classification: classificationEnum("classification").notNull(),
    kind: sourceKindEnum("kind").notNull(),
    url: text("url"),
    category: text("category"),
    /**
     * The chunk's lexical terms (knowledge_terms ids, ascending) with their frequencies and the
     * indexed length: BM25 for any candidate without reading posting lists, and the document
     * frequencies to take back when the chunk retires. Null on retired chunks written before
     * these columns existed (they are never searched).
     */
    termIds: integer("term_ids").array(),
    termFrequencies: smallint("term_frequencies").array(),
    indexedLength: integer("indexed_length"),
    embedding: vector("embedding").notNull(),
    embeddingModel: text("embedding_model").notNull(),
    embeddingDimensions: integer("embedding_dimensions").notNull(),
    // quarantined: sentences cut out (see FirewallFlag), the rest used; flagged: the whole chunk held back.
    firewallStatus: text("firewall_status", { enum: ["clean", "quarantined", "flagged", "released"] }).notNull().default("clean"),
    firewallFlags: jsonb("firewall_flags").$type<FirewallFlag[]>().notNull().default([]),
    firewallReleasedBy: text("firewall_released_by"),
    /**
     * The chunk (text or headings) holds personal data, found at ingestion: a prompt that quotes
     * it goes to local or self-hosted models only, and a hosted reranker never sees it.
     */
    holdsPersonalData: boolean("holds_personal_data").notNull().default(false),
    firewallReleasedAt: timestamp("firewall_released_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (table) => [
    index("knowledge_chunks_source_idx").on(table.sourceId, table.version, table.ordinal),
    // A version's chunks are written once; a second writer of the same version fails instead of duplicating.
    uniqueIndex("knowledge_chunks_version_ordinal_unique").on(table.versionId, table.ordinal),
    index("knowledge_chunks_workspace_active_idx").on(table.workspaceId).where(sql`retired_at is null`),
    uniqueIndex("knowledge_chunks_key_unique").on(table.key),
  ],
);

export type KnowledgeChunk = typeof knowledgeChunks.$inferSelect;
