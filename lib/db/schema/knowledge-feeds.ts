import { jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A product feed: re-importing it upserts products by id and retires the ones that disappeared. */
export const knowledgeFeeds = pgTable(
  "knowledge_feeds",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    name: text("name").notNull(),
    /** Column per product field, attribute columns, and each attribute column's type (number, text, list). */
    mapping: jsonb("mapping").$type<Record<string, string | string[] | Record<string, string>>>().notNull(),
    lastImportAt: timestamp("last_import_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("knowledge_feeds_name_unique").on(table.workspaceId, table.name)],
);

export type KnowledgeFeed = typeof knowledgeFeeds.$inferSelect;
