import { index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import type { UtmConvention } from "@/lib/campaigns/utm-convention-schema";
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
  /** Lowest compliance score (0–100) a version needs to be submitted for review; null = no minimum. */
  minScoreToSubmit: integer("min_score_to_submit"),
  /** Lowest compliance score (0–100) a version needs to be approved; below it an override reason is required. */
  minScoreToApprove: integer("min_score_to_approve"),
  /** How UTM values are built and checked (lib/campaigns/utm-convention-schema.ts); null = built-in. */
  utmConvention: jsonb("utm_convention").$type<UtmConvention>(),
  updatedBy: text("updated_by"),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Rules proposed from an uploaded brand guide (lib/brand-rules/extract): an admin reviews, edits
 * and accepts or rejects each one; accepted ones are merged into brand_settings.rules.
 */
export const brandRuleProposals = pgTable(
  "brand_rule_proposals",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    sourceId: text("source_id").notNull(),
    sourceVersion: integer("source_version").notNull(),
    /** banned_term | preferred_term | disclaimer | formatting */
    ruleType: text("rule_type").notNull(),
    /** The proposed rule in the shape BrandRules stores it (one entry). */
    rule: jsonb("rule").$type<Record<string, unknown>>().notNull(),
    /** The guide's sentence or list item the rule was read from. */
    evidence: text("evidence").notNull(),
    /** Which extractor proposed it: a model id, or "local:heuristic-rules-v1". */
    extractor: text("extractor").notNull(),
    status: text("status", { enum: ["pending", "accepted", "rejected"] }).notNull().default("pending"),
    decidedBy: text("decided_by"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("brand_rule_proposals_workspace_idx").on(table.workspaceId, table.status, table.createdAt)],
);
