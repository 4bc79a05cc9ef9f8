import { index, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** One request that left the server for a model, as sent (callers redact before they build prompts). */
export type SentPayload = {
  modelId: string;
  /** "hosted" | "self-hosted" | "local" (catalog hosting). */
  hosting: string;
  /**
   * What the request carried: a language model's messages flattened to role + text; for
   * "embedding" one `input` per text, for "rerank" the `query` then one `document` per passage.
   */
  messages: { role: string; text: string }[];
  /** Absent for language-model requests. */
  kind?: "embedding" | "rerank";
  /** Set when only part of the texts was stored (call-payloads.ts caps embed and rerank batches). */
  truncated?: string;
};

/**
 * What each model call sent, for the admins' "what leaves" view. Kept apart from model_calls
 * because it holds brand text (redacted, but still content) under a retention period the admin
 * sets per workspace; the call records themselves (tokens, cost, outcome) are kept longer.
 */
export const modelCallPayloads = pgTable(
  "model_call_payloads",
  {
    callId: text("call_id").primaryKey(),
    workspaceId: text("workspace_id").notNull(),
    requests: jsonb("requests").$type<SentPayload[]>().notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("model_call_payloads_workspace_time_idx").on(table.workspaceId, table.createdAt)],
);
