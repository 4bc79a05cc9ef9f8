import { boolean, index, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

export const NOTIFICATION_KINDS = ["submitted", "changes_requested", "approved", "published", "import_finished", "budget_warning"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What a member is told about (lib/notifications): one row per recipient, read or unread. Mail for
 * the same event goes out when SMTP is configured and the member wants it (notification_settings).
 */
export const notifications = pgTable(
  "notifications",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** The member it is for. */
    userId: text("user_id").notNull(),
    kind: text("kind", { enum: NOTIFICATION_KINDS }).notNull(),
    /** What it is about: "asset", "kpi_import", "budget". */
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id"),
    /** Who caused it (null for the system: an import finishing, a budget warning). */
    actorId: text("actor_id"),
    /** Parameters for the message (asset title, version, comment excerpt); rendered in the UI's language. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default({}),
    readAt: timestamp("read_at", { withTimezone: true }),
    emailedAt: timestamp("emailed_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("notifications_recipient_idx").on(table.workspaceId, table.userId, table.readAt, table.createdAt)],
);

/** A member's notification choices per workspace; no row = in-app only, mail off. */
export const notificationSettings = pgTable(
  "notification_settings",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    /** Mail each notification as it happens (needs SMTP_URL and NEXTAUTH_URL). */
    emailImmediately: boolean("email_immediately").notNull().default(false),
    /** One mail a day with everything unread instead. */
    emailDailyDigest: boolean("email_daily_digest").notNull().default(false),
    /** Kinds the member does not want at all. */
    mutedKinds: jsonb("muted_kinds").$type<NotificationKind[]>().notNull().default([]),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] })],
);

/** A brief saved under a name to start from again (lib/assets/briefs). */
export const briefTemplates = pgTable(
  "brief_templates",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    brief: jsonb("brief").$type<Record<string, unknown>>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("brief_templates_workspace_idx").on(table.workspaceId, table.createdAt)],
);
