import { index, pgEnum, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { ROLES } from "../../authz/roles";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const roleEnum = pgEnum("workspace_role", ROLES);

/** One role per user and workspace; the same user may hold different roles elsewhere. */
export const memberships = pgTable(
  "memberships",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roleEnum("role").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.userId] }), index("memberships_user_idx").on(table.userId)],
);

export type Membership = typeof memberships.$inferSelect;
