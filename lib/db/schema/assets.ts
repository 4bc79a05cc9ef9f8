import { boolean, index, integer, jsonb, pgEnum, pgTable, real, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import type { Asset, AssetKind } from "@/lib/assets/schemas/asset";
import type { ValidationReport } from "@/lib/assets/validate/types";
import type { ModelDisclosure } from "@/lib/ai/disclosure";
import { workspaces } from "./workspaces";

export const ASSET_STATES = ["draft", "in_review", "changes_requested", "approved", "published", "archived"] as const;
export const assetStateEnum = pgEnum("asset_state", ASSET_STATES);

/**
 * A generated asset (one SEO page or one ad) and where it stands in review. Its content lives in
 * immutable versions; `currentVersion` points at the latest.
 */
export const assets = pgTable(
  "assets",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: text("kind").$type<AssetKind>().notNull(),
    state: assetStateEnum("state").notNull().default("draft"),
    /** What lists show: the SEO title or the first headline. */
    title: text("title").notNull(),
    language: text("language", { enum: ["de", "en"] }).notNull(),
    productSourceId: text("product_source_id"),
    /** The campaign the brief was written in (lib/campaigns); null for a brief outside any campaign. */
    campaignId: text("campaign_id"),
    createdBy: text("created_by").notNull(),
    currentVersion: integer("current_version").notNull().default(1),
    /** The fixed version that went out; exports and deliveries use it. */
    publishedVersion: integer("published_version"),
    /** Who saved the current version: with createdBy, the four-eyes rule's "authored or last edited". */
    lastEditedBy: text("last_edited_by"),
    /** An editor approved despite validation errors: their reason, shown on the asset and audited. */
    validationOverrideReason: text("validation_override_reason"),
    // Figures for the dashboards, kept as they happen (review issue).
    reviewRounds: integer("review_rounds").notNull().default(0),
    approvedOnFirstReview: boolean("approved_on_first_review"),
    /** Word-level edit distance between the generated and the approved text, over the generated length. */
    editorChangeRatio: real("editor_change_ratio"),
    approvedAt: timestamp("approved_at", { withTimezone: true }),
    approvedBy: text("approved_by"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    /** Batch runs and retried saves: the same key never makes a second asset. */
    idempotencyKey: text("idempotency_key"),
    /** When the brief was submitted (time to approval counts from here). */
    briefAt: timestamp("brief_at", { withTimezone: true }).notNull(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    /** A draft its owner archived (hidden from the library, restorable); only drafts are archived. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    archivedBy: text("archived_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index("assets_workspace_state_idx").on(table.workspaceId, table.state, table.updatedAt),
    index("assets_campaign_idx").on(table.workspaceId, table.campaignId),
    uniqueIndex("assets_idempotency_unique").on(table.workspaceId, table.idempotencyKey),
  ],
);

/** What produced a generated version: enough to reproduce and to audit it. */
export type AssetProvenance = {
  brief: Record<string, unknown>;
  templateVersion: string;
  routerCallIds: string[];
  model: string | null;
  attempts: { modelId: string; outcome: string; repairRound: number; errors: number }[];
  routeReasons: { modelId: string; outcome: string; reason: string }[];
  chunks: { chunkId: string; sourceId: string; version: number }[];
  tokens: { input: number; output: number };
  costUsd: number;
  latencyMs: number;
  redactions: number;
  isLocalExtractive: boolean;
  /** What was sent to whom for this version (the privacy note); absent on versions made before it. */
  disclosure?: ModelDisclosure;
  /**
   * Languages of cited passages other than the asset's own: a hosted model translated them
   * (lib/assets/generate/translated-from.ts). Absent or empty: written from same-language sources.
   */
  translatedFrom?: string[];
  /** Set when the retention purge emptied `brief` (lib/data-protection/retention); the rest stays. */
  briefPurgedAt?: string;
};

export const assetVersions = pgTable(
  "asset_versions",
  {
    id: text("id").primaryKey(),
    assetId: text("asset_id")
      .notNull()
      .references(() => assets.id, { onDelete: "cascade" }),
    workspaceId: text("workspace_id").notNull(),
    version: integer("version").notNull(),
    content: jsonb("content").$type<Asset>().notNull(),
    validation: jsonb("validation").$type<ValidationReport>().notNull(),
    /** Set for generated versions; null for human edits. */
    provenance: jsonb("provenance").$type<AssetProvenance>(),
    /** Compliance score of this version (lib/assets/compliance): share of applicable rules passed, failing rules listed. */
    compliance: jsonb("compliance").$type<Record<string, unknown>>(),
    /** What the brief asked for that the sources do not support or the rules forbid, and why it was left out. */
    omissions: jsonb("omissions").$type<{ item: string; reason: string }[]>(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("asset_versions_asset_version_unique").on(table.assetId, table.version)],
);

/**
 * A batch generation run over many products: one queued job per product, paused by parking its
 * queued jobs, resumed by releasing them, cancelled by dropping them. The key (a hash of the
 * brief and the product selection) makes starting the same batch twice return the first.
 */
export const generationBatches = pgTable(
  "generation_batches",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["running", "paused", "cancelled", "completed"] }).notNull().default("running"),
    brief: jsonb("brief").$type<Record<string, unknown>>().notNull(),
    productSourceIds: text("product_source_ids").array().notNull(),
    /** A campaign batch: campaign × products × channels (lib/campaigns). */
    campaignId: text("campaign_id"),
    idempotencyKey: text("idempotency_key").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("generation_batches_key_unique").on(table.workspaceId, table.idempotencyKey)],
);
