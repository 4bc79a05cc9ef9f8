import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createId } from "../../ids";
import { assets } from "./assets";
import { workspaces } from "./workspaces";

/** Every state change of an asset, with who, when, the version it concerned and the comment. */
export const assetTransitions = pgTable(
  "asset_transitions",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    action: text("action").notNull(),
    version: integer("version").notNull(),
    actorId: text("actor_id").notNull(),
    comment: text("comment"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("asset_transitions_asset_idx").on(table.assetId, table.createdAt)],
);

/** Review comments, on a field (`fieldPath`) or on the whole asset (null), resolvable. */
export const assetComments = pgTable(
  "asset_comments",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull(),
    fieldPath: text("field_path"),
    version: integer("version").notNull(),
    body: text("body").notNull(),
    authorId: text("author_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: text("resolved_by"),
  },
  (table) => [index("asset_comments_asset_idx").on(table.assetId, table.createdAt)],
);

/** A workspace's outbound webhook to a CMS: the events it chose are POSTed there, signed with HMAC. */
export const webhookEndpoints = pgTable("webhook_endpoints", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  url: text("url").notNull(),
  /** HMAC-SHA256 key. Shown once when created; never sent to the browser again. */
  secret: text("secret").notNull(),
  isEnabled: boolean("is_enabled").notNull().default(true),
  /** Event types (lib/webhooks/events.ts) sent here. The default keeps endpoints saved before the choice existed on publish only. */
  events: text("events").array().notNull().default(["asset.published"]),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** One event to deliver; attempts are logged below, retried by the job queue. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    /** Stable id sent with the event (evt_…) for receivers' dedupe; rows from before it existed use their delivery id. */
    eventId: text("event_id")
      .notNull()
      .$defaultFn(() => createId("webhookEvent")),
    /** Asset events only. */
    assetId: text("asset_id"),
    version: integer("version"),
    event: text("event").notNull(),
    /** The event-specific body fields as they were when it happened; null for asset.published (its content is read from the immutable version). */
    payload: jsonb("payload").$type<Record<string, unknown>>(),
    /** Events that must go out once whoever notices them (an import's job, a budget level per month): a second insert is a no-op. */
    dedupeKey: text("dedupe_key"),
    status: text("status", { enum: ["pending", "delivered", "failed"] }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastStatusCode: integer("last_status_code"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
  },
  (table) => [index("webhook_deliveries_workspace_idx").on(table.workspaceId, table.createdAt), uniqueIndex("webhook_deliveries_dedupe_unique").on(table.workspaceId, table.dedupeKey), uniqueIndex("webhook_deliveries_event_unique").on(table.eventId)],
);

export const webhookDeliveryAttempts = pgTable(
  "webhook_delivery_attempts",
  {
    id: text("id").primaryKey(),
    deliveryId: text("delivery_id")
      .notNull()
      .references(() => webhookDeliveries.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull(),
    statusCode: integer("status_code"),
    /** The first 2 KB of the response body, or the network error. */
    responseExcerpt: text("response_excerpt"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("webhook_attempts_delivery_idx").on(table.deliveryId, table.createdAt)],
);
