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
  },
  (table) => [uniqueIndex("workspaces_slug_unique").on(table.slug)],
);

export type Workspace = typeof workspaces.$inferSelect;
