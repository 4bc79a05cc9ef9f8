import { bigint, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import type { DetectedFormat } from "@/lib/kpi/import/stream-import";
import type { LineError } from "@/lib/kpi/import/types";
import type { KpiImportMapping } from "@/lib/kpi/import/mapping-choice";
import { workspaces } from "./workspaces";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

// Money as integer minor units (cents) and counts as bigint: sums over millions of rows must be
// exact and must not overflow int4. Conversions are fractional (Google's data-driven attribution).
const metricColumns = () => ({
  impressions: bigint("impressions", { mode: "number" }).notNull(),
  clicks: bigint("clicks", { mode: "number" }).notNull(),
  conversions: numeric("conversions", { precision: 16, scale: 2, mode: "number" }).notNull(),
  costMinor: bigint("cost_minor", { mode: "number" }).notNull(),
  revenueMinor: bigint("revenue_minor", { mode: "number" }).notNull(),
  /** ISO 4217; every money column of the row is in it. Money is never added across currencies. */
  currency: text("currency").notNull(),
});

export const KPI_IMPORT_STATUSES = ["uploading", "queued", "parsing", "applying", "succeeded", "failed"] as const;
export type KpiImportStatus = (typeof KPI_IMPORT_STATUSES)[number];

/**
 * One import of a report export: the upload (chunks), the parse (progress, rejected lines) and
 * the result. `origin = 'synthetic'` marks the demo seed's generated figures, which the
 * dashboard labels as such.
 */
export const kpiImports = pgTable(
  "kpi_imports",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    origin: text("origin", { enum: ["upload", "synthetic"] }).notNull().default("upload"),
    status: text("status", { enum: KPI_IMPORT_STATUSES }).notNull().default("uploading"),
    fileName: text("file_name").notNull(),
    byteSize: bigint("byte_size", { mode: "number" }).notNull(),
    receivedBytes: bigint("received_bytes", { mode: "number" }).notNull().default(0),
    chunkCount: integer("chunk_count").notNull().default(0),
    mapping: jsonb("mapping").$type<KpiImportMapping>().notNull(),
    format: jsonb("format").$type<DetectedFormat>(),
    bytesRead: bigint("bytes_read", { mode: "number" }).notNull().default(0),
    rowsAccepted: integer("rows_accepted").notNull().default(0),
    rowsRejected: integer("rows_rejected").notNull().default(0),
    rowsSkipped: integer("rows_skipped").notNull().default(0),
    rowsInserted: integer("rows_inserted").notNull().default(0),
    rowsUpdated: integer("rows_updated").notNull().default(0),
    rowsLinked: integer("rows_linked").notNull().default(0),
    /** The first rejected lines (capped); `rowsRejected` is the full count. */
    errors: jsonb("errors").$type<LineError[]>().notNull().default([]),
    failureReason: text("failure_reason"),
    firstDate: date("first_date", { mode: "string" }),
    lastDate: date("last_date", { mode: "string" }),
    jobId: text("job_id"),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("kpi_imports_workspace_time_idx").on(table.workspaceId, table.createdAt)],
);

/**
 * The uploaded file, in the order it was sent. In the database rather than on a local disk so
 * any instance's worker can read an upload another instance received; deleted when the import ends.
 */
export const kpiUploadChunks = pgTable(
  "kpi_upload_chunks",
  {
    importId: text("import_id")
      .notNull()
      .references(() => kpiImports.id, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    data: bytea("data").notNull(),
  },
  (table) => [primaryKey({ columns: [table.importId, table.seq] })],
);

/**
 * Parsed rows of an import that is still running, on the embedded database only (on PostgreSQL
 * the import writes `kpi_performance` inside one long transaction instead; see import-job.ts).
 * Merged into the stored figures in one transaction when the whole file has been read, so a
 * failed or abandoned import leaves them untouched. UNLOGGED: no WAL for a million inserts; after
 * a crash PostgreSQL empties it and the retried job parses the file again.
 */
export const kpiStagedRows = pgTable(
  "kpi_staged_rows",
  {
    importId: text("import_id").notNull(),
    workspaceId: text("workspace_id").notNull(),
    /** First line of the file that contributed to the row. */
    line: integer("line").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    keyHash: uuid("key_hash").notNull(),
    platform: text("channel").notNull(),
    campaign: text("campaign").notNull(),
    adGroup: text("ad_group").notNull(),
    adId: text("ad_id").notNull(),
    ...metricColumns(),
    utmCampaign: text("utm_campaign"),
    utmContent: text("utm_content"),
    assetId: text("asset_id"),
  },
  (table) => [primaryKey({ columns: [table.importId, table.keyHash] })],
);

/**
 * Campaign performance: one ad, in one ad group, campaign and ad platform, on one day. The natural
 * key (lib/kpi/import/natural-key.ts) is stored as an md5 uuid, so the upsert index stays narrow
 * however long the names are; the date leads it (after the workspace) because the key contains
 * the date anyway, imports arrive in date order, and the roll-up rebuild reads date ranges.
 * No foreign key on the workspace: at a million rows per import the per-row check costs seconds,
 * and nothing deletes workspaces.
 */
export const kpiPerformance = pgTable(
  "kpi_performance",
  {
    workspaceId: text("workspace_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    keyHash: uuid("key_hash").notNull(),
    platform: text("channel").notNull(),
    campaign: text("campaign").notNull(),
    adGroup: text("ad_group").notNull(),
    adId: text("ad_id").notNull(),
    ...metricColumns(),
    utmCampaign: text("utm_campaign"),
    utmContent: text("utm_content"),
    /** The Brandpilot asset the ad was made from (by UTM or a known ad id); null = not AI-generated. */
    assetId: text("asset_id"),
    importId: text("import_id").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.workspaceId, table.date, table.keyHash] }),
    // The budget suggestion reads one campaign's ads over a range.
    index("kpi_performance_campaign_idx").on(table.workspaceId, table.campaign, table.date),
    // A campaign page reads its rows by the UTM campaign value its links carry.
    index("kpi_performance_utm_campaign_idx").on(table.workspaceId, table.utmCampaign, table.date),
  ],
);

/**
 * Daily roll-up the dashboard reads: ad groups and ads folded away, which leaves a few hundred
 * rows per day instead of thousands. Rebuilt for the days an import touched, in the import's
 * transaction. `asset_id` is '' for ads not made in Brandpilot (a primary key column cannot be null).
 */
export const kpiDailyRollup = pgTable(
  "kpi_daily_rollup",
  {
    workspaceId: text("workspace_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    platform: text("channel").notNull(),
    campaign: text("campaign").notNull(),
    assetId: text("asset_id").notNull(),
    ...metricColumns(),
    rowCount: integer("row_count").notNull(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.date, table.platform, table.campaign, table.assetId, table.currency] })],
);

/**
 * Which platform ad shows which asset. Learned from rows that carry both an ad id and a UTM
 * match, so later exports without a URL column still link by ad id.
 */
export const kpiAdLinks = pgTable(
  "kpi_ad_links",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    platform: text("channel").notNull(),
    adId: text("ad_id").notNull(),
    assetId: text("asset_id").notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.platform, table.adId] })],
);

export type KpiImport = typeof kpiImports.$inferSelect;
