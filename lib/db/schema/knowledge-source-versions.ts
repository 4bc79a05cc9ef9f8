import { bigint, customType, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { knowledgeSources } from "./knowledge-sources";

/** Personal data found in a version's chunks at ingestion: types and counts, never the values. */
export type PersonalDataSummary = { holdsPersonalData: boolean; counts: Partial<Record<string, number>> };

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** One ingested revision of a source. Old versions stay: assets cite their chunks. */
export const knowledgeSourceVersions = pgTable(
  "knowledge_source_versions",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    sourceId: text("source_id")
      .notNull()
      .references(() => knowledgeSources.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    format: text("format", { enum: ["markdown", "text", "html", "pdf", "product"] }).notNull(),
    fileName: text("file_name"),
    byteSize: integer("byte_size").notNull(),
    /** sha256 of the uploaded bytes: the same file twice is refused at once. */
    rawHash: text("raw_hash").notNull(),
    /** sha256 of the normalised text: the same text in another file is caught after parsing. */
    contentHash: text("content_hash"),
    simhash: bigint("simhash", { mode: "bigint" }),
    /** The upload, kept until the version is ingested so the job can retry. */
    raw: bytea("raw"),
    /** Structured fields of a product (feed imports). */
    product: jsonb("product").$type<Record<string, unknown>>(),
    /** superseded: a newer version was indexed first; this one is kept in the history only. */
    status: text("status", { enum: ["queued", "processing", "ready", "failed", "duplicate", "superseded"] }).notNull().default("queued"),
    error: text("error"),
    warnings: jsonb("warnings").$type<string[]>().notNull().default([]),
    /** Personal data in the indexed chunks (types and counts); null: ingested before chunks were scanned. */
    personalData: jsonb("personal_data").$type<PersonalDataSummary>(),
    chunksTotal: integer("chunks_total").notNull().default(0),
    chunksDone: integer("chunks_done").notNull().default(0),
    jobId: text("job_id"),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("knowledge_source_versions_unique").on(table.sourceId, table.version),
    index("knowledge_source_versions_hash_idx").on(table.workspaceId, table.contentHash),
    index("knowledge_source_versions_raw_hash_idx").on(table.workspaceId, table.rawHash),
  ],
);

export type KnowledgeSourceVersion = typeof knowledgeSourceVersions.$inferSelect;
