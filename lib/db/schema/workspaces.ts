import { pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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
  },
  (table) => [uniqueIndex("workspaces_slug_unique").on(table.slug)],
);

export type Workspace = typeof workspaces.$inferSelect;
