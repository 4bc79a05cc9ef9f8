import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { roleEnum } from "./memberships";
import { users } from "./users";
import { workspaces } from "./workspaces";

export const API_TOKEN_KINDS = ["personal", "service"] as const;
export const apiTokenKindEnum = pgEnum("api_token_kind", API_TOKEN_KINDS);

/**
 * Bearer tokens for the REST API (lib/api) and the MCP server. The token `bp_<prefix>_<secret>` is
 * shown once; only the SHA-256 of its 256-bit secret is stored (no brute force possible, so no slow
 * hash needed), and `prefix` finds the row without scanning. See docs/api.md.
 *
 * - personal: acts as `user_id`; its rights are the member's *current* role ∩ `scopes`.
 * - service:  acts with `role` ∩ `scopes`; `user_id` is the admin who owns it and answers for it.
 *   It works only while that owner is still an admin of the workspace (lib/api-tokens/authenticate-token.ts).
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    kind: apiTokenKindEnum("kind").notNull(),
    name: text("name").notNull(),
    /** Public part of the token, for lookup; unique across the instance. */
    prefix: text("prefix").notNull(),
    /** base64url SHA-256 of the secret part. */
    secretHash: text("secret_hash").notNull(),
    /** Personal: the member it acts as. Service: its owner. A deleted account takes its tokens along. */
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** Service tokens only: the role it acts with. */
    role: roleEnum("role"),
    /** Narrowed permissions; null = everything the role allows. Always intersected with the role at use. */
    scopes: text("scopes").array(),
    createdByUserId: text("created_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    lastUsedIp: text("last_used_ip"),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedByUserId: text("revoked_by_user_id").references(() => users.id, { onDelete: "set null" }),
  },
  (table) => [
    uniqueIndex("api_tokens_prefix_unique").on(table.prefix),
    index("api_tokens_workspace_idx").on(table.workspaceId, table.createdAt),
    index("api_tokens_user_idx").on(table.userId).where(sql`${table.revokedAt} is null`),
  ],
);

export type ApiToken = typeof apiTokens.$inferSelect;

/**
 * `Idempotency-Key` of POST requests, per token: the first request reserves the key (response
 * null), its response is stored when it finishes; a retry with the same body gets that response
 * back, a different body gets 422. Rows expire after a day (lib/api/idempotency.ts).
 */
export const apiIdempotencyKeys = pgTable(
  "api_idempotency_keys",
  {
    tokenId: text("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** SHA-256 of method, path and body: a different request under the same key is refused. */
    requestHash: text("request_hash").notNull(),
    responseStatus: integer("response_status"),
    responseHeaders: jsonb("response_headers").$type<Record<string, string>>(),
    responseBody: text("response_body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.tokenId, table.key] }), index("api_idempotency_keys_expiry_idx").on(table.expiresAt)],
);
