import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { workspaces } from "./workspaces";

/**
 * A saved audience a campaign (and its briefs) writes for: who they are, what troubles them and the
 * words they use. Briefs inside a campaign inherit it as their audience.
 */
export const personas = pgTable(
  "personas",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Who they are, in a sentence or two ("Commuters in Hamburg who cycle all year"). */
    description: text("description").notNull().default(""),
    pains: text("pains").array().notNull().default([]),
    /** Words this audience uses (and so the copy may use). */
    vocabulary: text("vocabulary").array().notNull().default([]),
    language: text("language", { enum: ["de", "en"] }).notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("personas_workspace_name_unique").on(table.workspaceId, table.name)],
);

export type CampaignLandingPage = { url: string; label: string };

/**
 * A marketing campaign: what briefs are planned in, and what KPI rows are joined to by its UTM
 * campaign value (rendered from the workspace's UTM convention with the campaign's `code`).
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** Short machine name, unique per workspace; the `{campaign}` part of UTM values. */
    code: text("code").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    goal: text("goal").notNull().default(""),
    personaId: text("persona_id").references(() => personas.id, { onDelete: "set null" }),
    landingPages: jsonb("landing_pages").$type<CampaignLandingPage[]>().notNull().default([]),
    /** Asset kinds the campaign runs on (the form's "Channels"). */
    channels: text("channels").array().notNull().default([]),
    languages: text("languages").array().notNull().default([]),
    /** Budget in minor units of `currency` (cents), null when not planned. */
    budgetMinor: bigint("budget_minor", { mode: "number" }),
    currency: text("currency").notNull().default("EUR"),
    ownerId: text("owner_id"),
    createdBy: text("created_by").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("campaigns_workspace_code_unique").on(table.workspaceId, table.code),
    index("campaigns_workspace_dates_idx").on(table.workspaceId, table.startsOn),
  ],
);

/**
 * An offer of a campaign: grounded facts the copy may state (code, value, conditions, end date come
 * from here, never from a model). Eligible products by source id or by category; both empty = all.
 */
export const campaignOffers = pgTable(
  "campaign_offers",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    campaignId: text("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    /** As the copy states it: "15 %", "20 €", "free shipping". */
    value: text("value").notNull(),
    conditions: text("conditions").notNull().default(""),
    eligibleProductIds: text("eligible_product_ids").array().notNull().default([]),
    eligibleCategories: text("eligible_categories").array().notNull().default([]),
    validUntil: date("valid_until", { mode: "string" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex("campaign_offers_code_unique").on(table.workspaceId, table.campaignId, table.code)],
);

export type Persona = typeof personas.$inferSelect;
export type Campaign = typeof campaigns.$inferSelect;
export type CampaignOffer = typeof campaignOffers.$inferSelect;
