import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { roleEnum } from "./memberships";
import { users } from "./users";
import { workspaces } from "./workspaces";

/*
 * Account lifecycle tables. Every secret a link carries (invitation, password reset, first-run
 * setup) is stored only as its SHA-256 hash: the tokens are 32 random bytes, so a plain hash is
 * enough (no brute force), and a database dump never contains a usable link.
 */

/** An invitation to one workspace with one role; the person becomes a member only when they accept. */
export const invitations = pgTable(
  "invitations",
  {
    id: text("id").primaryKey(),
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    /** Lower-cased. */
    email: text("email").notNull(),
    role: roleEnum("role").notNull(),
    tokenHash: text("token_hash").notNull(),
    invitedByUserId: text("invited_by_user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** Set when a link was (re)issued; a resend replaces the token, so older links stop working. */
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    sendCount: integer("send_count").notNull().default(1),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    acceptedByUserId: text("accepted_by_user_id").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (table) => [
    uniqueIndex("invitations_token_hash_unique").on(table.tokenHash),
    // One open invitation per person and workspace: inviting again resends it.
    uniqueIndex("invitations_open_unique")
      .on(table.workspaceId, table.email)
      .where(sql`${table.acceptedAt} is null and ${table.revokedAt} is null`),
    index("invitations_email_idx").on(table.email),
  ],
);

/** A single-use password-reset link, requested by the person (mailed) or issued by an admin. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    /** Null when the person asked for it themselves, or when the server's operator issued it (`npm run reset-link`). */
    issuedByUserId: text("issued_by_user_id").references(() => users.id, { onDelete: "set null" }),
    /**
     * Who issued it: "self" (mailed to the address: using it proves the person reads it), "admin" or
     * "operator" (someone else held the link, so it proves nothing about the address).
     */
    issuedBy: text("issued_by", { enum: ["self", "admin", "operator"] }).notNull().default("self"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("password_reset_tokens_token_hash_unique").on(table.tokenHash), index("password_reset_tokens_user_idx").on(table.userId)],
);

/**
 * First-run setup tokens: while the instance has no user, each starting instance writes one and
 * prints it to its log; the setup page needs it. Used once, then every open token is spent.
 */
export const setupTokens = pgTable(
  "setup_tokens",
  {
    id: text("id").primaryKey(),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
  },
  (table) => [uniqueIndex("setup_tokens_token_hash_unique").on(table.tokenHash)],
);

/**
 * One row per signed-in browser. The JWT carries its id; a revoked row (sign-out, "sign out
 * everywhere", revoke on the profile page) ends that session on every instance at its next request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** "password" or "oidc". */
    method: text("method").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    ip: text("ip"),
    userAgent: text("user_agent"),
  },
  (table) => [index("user_sessions_user_idx").on(table.userId)],
);
