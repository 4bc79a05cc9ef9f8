import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    /** Stored lower-cased; sign-in compares lower-cased input. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    /** argon2id hash; null for accounts that only sign in through SSO. */
    passwordHash: text("password_hash"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** A disabled account keeps its history but cannot sign in or act. */
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /**
     * Carried in every session JWT and compared per request: raising it (password change, reset,
     * "sign out everywhere") ends every session of the account on every instance at once.
     */
    sessionVersion: integer("session_version").notNull().default(0),
    /** Instance owners create, rename and archive workspaces and promote other owners. The first admin is one. */
    isInstanceOwner: boolean("is_instance_owner").notNull().default(false),
    passwordChangedAt: timestamp("password_changed_at", { withTimezone: true }),
    /**
     * When the person proved they read this address (a self-requested reset link by e-mail, or an SSO
     * provider saying email_verified). Invitation links are shown to admins, so accepting one does not count.
     */
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /**
     * Set when the person's data was erased: email and name hold a stable pseudonym, the password,
     * sessions and tokens are gone. The row stays so ids in other records still point somewhere.
     */
    erasedAt: timestamp("erased_at", { withTimezone: true }),
    /** The UI language the person chose (`en`, `de`); null = follow the browser's Accept-Language. */
    locale: text("locale", { enum: ["en", "de"] }),
  },
  (table) => [uniqueIndex("users_email_unique").on(table.email)],
);

export type User = typeof users.$inferSelect;
