import { boolean, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** A workspace is one brand; every tenant-owned row carries its id. */
export const workspaces = pgTable(
  "workspaces",
  {
    id: text("id").primaryKey(),
    /** URL segment: /<slug>/generate */
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** An archived workspace keeps its data but nobody can open or act in it until an instance owner restores it. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** An instance owner asked to delete the workspace; it is archived at once and deleted at `deletion_due_at`. */
    deletionRequestedAt: timestamp("deletion_requested_at", { withTimezone: true }),
    deletionRequestedBy: text("deletion_requested_by"),
    /** When the daily data-protection job removes every row of the workspace (end of the grace period). */
    deletionDueAt: timestamp("deletion_due_at", { withTimezone: true }),
    /**
     * Lets requests made on the workspace's behalf (webhooks, website and feed connectors) reach
     * private, loopback and unique-local addresses: an intranet site or a CMS on the same network.
     * Off by default; only admins change it, audited (lib/http/outbound/address-policy.ts).
     */
    allowPrivateNetworks: boolean("allow_private_networks").notNull().default(false),
  },
  (table) => [uniqueIndex("workspaces_slug_unique").on(table.slug)],
);

export type Workspace = typeof workspaces.$inferSelect;
