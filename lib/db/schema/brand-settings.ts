import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { workspaces } from "./workspaces";

/**
 * A workspace's brand settings: its site (landing pages and canonical URLs fall back to it), the
 * languages it publishes in (hreflang alternates), and the brand rules every generated output
 * and every edit is checked against. Admins edit them; one row per workspace.
 */
export const brandSettings = pgTable("brand_settings", {
  workspaceId: text("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  siteUrl: text("site_url"),
  languages: text("languages").array().notNull().default(["de", "en"]),
  rules: jsonb("rules").$type<BrandRules>().notNull(),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
