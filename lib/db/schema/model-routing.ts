import { bigint, boolean, customType, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/** Per-workspace routing settings an admin edits: data residency and per-task policy overrides. */
export const workspaceRoutingSettings = pgTable("workspace_routing_settings", {
  workspaceId: text("workspace_id").primaryKey(),
  residency: text("residency", { enum: ["any", "eu"] }).notNull().default("any"),
  /** Partial RoutingPolicy per task, merged over the defaults. */
  policyOverrides: jsonb("policy_overrides").$type<Record<string, Record<string, unknown>>>().notNull().default({}),
  /**
   * No longer read: the stored-prompt period is workspace_retention.prompts_days (migration 0012
   * copied this value there). Kept until a later migration drops it.
   */
  payloadRetentionDays: integer("payload_retention_days").notNull().default(30),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Monthly limits per workspace; null = no limit of that kind. */
export const modelBudgets = pgTable("model_budgets", {
  workspaceId: text("workspace_id").primaryKey(),
  monthlyCostLimitUsd: numeric("monthly_cost_limit_usd", { precision: 12, scale: 2, mode: "number" }),
  monthlyTokenLimit: bigint("monthly_token_limit", { mode: "number" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Spend counters, incremented atomically after each call so every instance sees the same total. */
export const modelUsageMonthly = pgTable(
  "model_usage_monthly",
  {
    workspaceId: text("workspace_id").notNull(),
    /** "2026-11" (UTC) */
    month: text("month").notNull(),
    costUsd: numeric("cost_usd", { precision: 14, scale: 6, mode: "number" }).notNull().default(0),
    tokens: bigint("tokens", { mode: "number" }).notNull().default(0),
    calls: integer("calls").notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.workspaceId, table.month] })],
);

/** The record of every routed call: decision, attempts, tokens, cost, latency, outcome. */
export const modelCalls = pgTable(
  "model_calls",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    userId: text("user_id"),
    task: text("task").notNull(),
    chosenModel: text("chosen_model"),
    reasons: jsonb("reasons").$type<{ modelId: string; outcome: string; reason: string }[]>().notNull(),
    attempts: jsonb("attempts").$type<Record<string, unknown>[]>().notNull(),
    inputTokens: integer("input_tokens").notNull().default(0),
    outputTokens: integer("output_tokens").notNull().default(0),
    /** True when the provider reported no usage and the tokens are the estimator's (usage-estimate.ts). */
    usageEstimated: boolean("usage_estimated").notNull().default(false),
    costUsd: numeric("cost_usd", { precision: 14, scale: 6, mode: "number" }).notNull().default(0),
    latencyMs: integer("latency_ms").notNull(),
    timeToFirstTokenMs: integer("time_to_first_token_ms"),
    cacheHit: text("cache_hit", { enum: ["none", "exact", "semantic"] }).notNull().default("none"),
    /** null on success; otherwise the RouterError kind ("aborted": the client went away, not a provider failure). */
    errorClass: text("error_class"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("model_calls_workspace_time_idx").on(table.workspaceId, table.createdAt)],
);

const vector = customType<{ data: number[]; driverData: string }>({
  dataType: () => "vector",
  toDriver: (value) => `[${value.join(",")}]`,
  fromDriver: (value) => JSON.parse(value) as number[],
});

/**
 * Model response cache. Exact entries are keyed by a hash of the model and the normalised request;
 * semantic entries by the embedding of the normalised request (model-independent, same output
 * schema). Both are scoped to one workspace and task, expire, and are deleted when a source they
 * drew on changes (source_ids).
 */
export const modelCache = pgTable(
  "model_cache",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    task: text("task").notNull(),
    kind: text("kind", { enum: ["exact", "semantic"] }).notNull(),
    keyHash: text("key_hash").notNull(),
    /** Semantic entries: hash of the output schema and sampling settings, which must match exactly. */
    settingsHash: text("settings_hash"),
    embedding: vector("embedding"),
    response: jsonb("response").$type<Record<string, unknown>>().notNull(),
    sourceIds: text("source_ids").array().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [
    uniqueIndex("model_cache_key_unique").on(table.workspaceId, table.task, table.kind, table.keyHash),
    index("model_cache_sources_idx").using("gin", table.sourceIds),
  ],
);
