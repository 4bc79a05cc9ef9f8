import { bigint, integer, jsonb, pgTable, text, timestamp, index } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * How long a workspace keeps each kind of record (lib/data-protection/retention). A null period
 * means the documented default; the daily purge job applies them and audits what it removed.
 */
export const workspaceRetention = pgTable("workspace_retention", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  /** Model call records (task, model, tokens, cost, outcome): model_calls. */
  modelCallsDays: integer("model_calls_days"),
  /** Prompts as sent to models: model_call_payloads. */
  promptsDays: integer("prompts_days"),
  /** Briefs and provenance of generated assets (the copy itself stays). */
  briefsDays: integer("briefs_days"),
  /** Review comments on assets. */
  commentsDays: integer("comments_days"),
  /** Notifications sent out (webhook delivery logs). */
  notificationsDays: integer("notifications_days"),
  /** Raw KPI rows (per-ad daily performance and import staging); daily rollups stay. */
  kpiRawDays: integer("kpi_raw_days"),
  /** Personal fields of audit entries (who as an e-mail, IP, personal detail); the entries stay. */
  auditPersonalDays: integer("audit_personal_days"),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  lastPurgedAt: timestamp("last_purged_at", { withTimezone: true }),
  /** Rows removed or cleared per record kind by the last purge. */
  lastPurgeCounts: jsonb("last_purge_counts").$type<Record<string, number>>(),
});

/**
 * One export of a whole workspace as a ZIP archive (lib/data-protection/export). The archive is
 * streamed to the admin's download; this row carries the progress other requests poll.
 */
export const workspaceExports = pgTable(
  "workspace_exports",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    requestedBy: text("requested_by").notNull(),
    /** pending → running → done | failed */
    status: text("status", { enum: ["pending", "running", "done", "failed"] }).notNull().default("pending"),
    tablesTotal: integer("tables_total").notNull().default(0),
    tablesDone: integer("tables_done").notNull().default(0),
    rowsTotal: bigint("rows_total", { mode: "number" }).notNull().default(0),
    rowsWritten: bigint("rows_written", { mode: "number" }).notNull().default(0),
    bytesWritten: bigint("bytes_written", { mode: "number" }).notNull().default(0),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (table) => [index("workspace_exports_workspace_idx").on(table.workspaceId, table.createdAt)],
);
