import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const CONNECTOR_KINDS = ["website", "feed_url"] as const;
export const CONNECTOR_SCHEDULES = ["manual", "hourly", "daily", "weekly"] as const;

/** Website: where and what to crawl. Feed URL: how to read the feed (the mapping is the feed's, saved by importFeed). */
export type ConnectorConfig = {
  /** Website: glob-like URL patterns (`*` any characters); none means everything under the start URL's host. */
  include?: string[];
  exclude?: string[];
  pageLimit?: number;
  /** Website: per-host parallel requests and the pause between two requests' starts. */
  concurrency?: number;
  delayMs?: number;
  classification: "public" | "internal" | "confidential";
  language: "de" | "en" | null;
};

export type ConnectorProgress = { seen: number; fetched: number; indexed: number };

/**
 * A source of knowledge fetched from the web on a schedule: a website (start page or sitemap)
 * or a product feed URL. Each sync is recorded in knowledge_connector_syncs.
 */
export const knowledgeConnectors = pgTable(
  "knowledge_connectors",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: CONNECTOR_KINDS }).notNull(),
    name: text("name").notNull(),
    url: text("url").notNull(),
    config: jsonb("config").$type<ConnectorConfig>().notNull(),
    schedule: text("schedule", { enum: CONNECTOR_SCHEDULES }).notNull().default("daily"),
    isPaused: boolean("is_paused").notNull().default(false),
    /** Null for manual connectors and paused ones: the sweep only looks at due, unpaused rows. */
    nextSyncAt: timestamp("next_sync_at", { withTimezone: true }),
    /** Set by the sync that runs now (a lock: a second sync of the same connector skips). */
    syncingSince: timestamp("syncing_since", { withTimezone: true }),
    lastSyncAt: timestamp("last_sync_at", { withTimezone: true }),
    progress: jsonb("progress").$type<ConnectorProgress>().notNull().default({ seen: 0, fetched: 0, indexed: 0 }),
    /** Feed URL connectors: the feed their products belong to. */
    feedId: text("feed_id"),
    createdBy: text("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("knowledge_connectors_name_unique").on(table.workspaceId, table.name),
    index("knowledge_connectors_due_idx").on(table.nextSyncAt),
  ],
);

/**
 * What a website connector knows about each page it found: the validators for a conditional
 * GET, the hash of its text (unchanged pages are skipped), the links it had (a 304 answer has
 * no body to find them in), and the knowledge source it became.
 */
export const knowledgeConnectorPages = pgTable(
  "knowledge_connector_pages",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    connectorId: text("connector_id")
      .notNull()
      .references(() => knowledgeConnectors.id, { onDelete: "cascade" }),
    /** The canonical URL (rel=canonical on the same host, else the fetched URL without fragment). */
    url: text("url").notNull(),
    sourceId: text("source_id"),
    etag: text("etag"),
    lastModified: text("last_modified"),
    textHash: text("text_hash"),
    links: jsonb("links").$type<string[]>().notNull().default([]),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    removedAt: timestamp("removed_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("knowledge_connector_pages_url_unique").on(table.connectorId, table.url), index("knowledge_connector_pages_workspace_idx").on(table.workspaceId)],
);

/** `skipped`: answered by a redirect to a URL the connector may not index; listed, not counted in a column. */
export type SyncChange = { url: string; change: "added" | "changed" | "removed" | "failed" | "skipped"; reason?: string };

/** One run of a connector: what it added, changed, removed and could not fetch. */
export const knowledgeConnectorSyncs = pgTable(
  "knowledge_connector_syncs",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    connectorId: text("connector_id")
      .notNull()
      .references(() => knowledgeConnectors.id, { onDelete: "cascade" }),
    trigger: text("trigger", { enum: ["schedule", "manual"] }).notNull(),
    status: text("status", { enum: ["running", "succeeded", "failed"] }).notNull().default("running"),
    added: integer("added").notNull().default(0),
    changed: integer("changed").notNull().default(0),
    unchanged: integer("unchanged").notNull().default(0),
    removed: integer("removed").notNull().default(0),
    failed: integer("failed").notNull().default(0),
    /** The changes by URL (capped), for the history's detail view. */
    report: jsonb("report").$type<SyncChange[]>().notNull().default([]),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("knowledge_connector_syncs_connector_idx").on(table.connectorId, table.startedAt)],
);

export type KnowledgeConnector = typeof knowledgeConnectors.$inferSelect;
export type KnowledgeConnectorPage = typeof knowledgeConnectorPages.$inferSelect;
