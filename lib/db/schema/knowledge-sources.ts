import { boolean, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";
import type { ProductAttribute } from "@/lib/rag/product-feed/product-attributes";

/**
 * A source's role, which decides what generation may take from it (lib/knowledge/source-roles.ts):
 * brand_voice (brand guide: rules and voice, never copy), product (product data: facts), policy
 * (policy and service facts), campaign (campaign brief: its offer facts, never its instructions),
 * published_page (a published page: style example and public facts), internal_note (never reaches
 * public text), other (sources from before roles existed; treated as published_page).
 */
export const SOURCE_KINDS = ["brand_voice", "product", "policy", "campaign", "published_page", "internal_note", "other"] as const;
export const CLASSIFICATIONS = ["public", "internal", "confidential"] as const;
export const LANGUAGES = ["de", "en"] as const;
export const SOURCE_STATUSES = ["queued", "processing", "ready", "failed", "duplicate", "retired"] as const;

export const sourceKindEnum = pgEnum("source_kind", SOURCE_KINDS);
export const classificationEnum = pgEnum("classification", CLASSIFICATIONS);
export const languageEnum = pgEnum("content_language", LANGUAGES);
export const sourceStatusEnum = pgEnum("source_status", SOURCE_STATUSES);

/**
 * A piece of brand or product content (a document, a pasted text, or one product of a feed).
 * Its text lives in versions; re-ingesting creates a new version and retires the old chunks.
 */
export const knowledgeSources = pgTable(
  "knowledge_sources",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: sourceKindEnum("kind").notNull(),
    /** Null until detected by the ingestion job when the uploader did not give one. */
    language: languageEnum("language"),
    isLanguageDetected: boolean("is_language_detected").notNull().default(false),
    classification: classificationEnum("classification").notNull(),
    canonicalUrl: text("canonical_url"),
    /** website: a page a website connector crawled (its page row links back). */
    origin: text("origin", { enum: ["upload", "paste", "product_feed", "website"] }).notNull(),
    /** Product feeds: the feed it came from and the shop's product id (upsert key). */
    feedId: text("feed_id"),
    externalId: text("external_id"),
    category: text("category"),
    /**
     * Typed product attributes mapped from extra feed columns in the import preview (weight, waterproof
     * rating, …): facts for grounding and for writers, keyed by the attribute's name.
     */
    attributes: jsonb("attributes").$type<Record<string, ProductAttribute>>(),
    status: sourceStatusEnum("status").notNull().default("queued"),
    currentVersion: integer("current_version").notNull().default(0),
    /** Set when the text is nearly identical to another source's (simhash distance ≤ 3). */
    nearDuplicateOfId: text("near_duplicate_of_id"),
    statusMessage: text("status_message"),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
  },
  (table) => [
    index("knowledge_sources_workspace_idx").on(table.workspaceId, table.updatedAt),
    uniqueIndex("knowledge_sources_feed_product_unique").on(table.workspaceId, table.feedId, table.externalId),
  ],
);

// Defined with the feed parsing that produces it (lib/rag is below lib/db); re-exported for the schema's users.
export type { ProductAttribute };

export type KnowledgeSource = typeof knowledgeSources.$inferSelect;
