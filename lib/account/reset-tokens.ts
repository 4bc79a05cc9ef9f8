import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { passwordResetTokens, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { generateLinkToken, hashLinkToken, LINK_TOKEN_PATTERN } from "@/lib/auth/tokens";
import { createId } from "@/lib/ids";

/** Stores a new reset link for an account; only the hash is kept, the token goes to the link once. */
export async function createResetToken(
  db: Database,
  options: { userId: string; issuedByUserId: string | null; ttlMinutes: number; issuedBy?: "self" | "admin" | "operator" },
): Promise<{ token: string; expiresAt: Date }> {
  const token = generateLinkToken();
  const expiresAt = new Date(Date.now() + options.ttlMinutes * 60_000);
  await db.insert(passwordResetTokens).values({
    id: createId("passwordReset"),
    userId: options.userId,
    tokenHash: hashLinkToken(token),
    issuedByUserId: options.issuedByUserId,
    issuedBy: options.issuedBy ?? (options.issuedByUserId ? "admin" : "self"),
    expiresAt,
  });
  return { token, expiresAt };
}

/** Ends every open link of an account (a new admin link replaces older ones; a used link ends its siblings). */
export async function spendOpenResetTokens(db: Database, options: { userId: string; exceptId?: string }): Promise<void> {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordResetTokens.userId, options.userId),
        isNull(passwordResetTokens.usedAt),
        options.exceptId ? ne(passwordResetTokens.id, options.exceptId) : undefined,
      ),
    );
}

/** Self-requested links of an account since a moment: the per-address limit on reset mail. */
export async function countSelfRequestedResetTokens(db: Database, options: { userId: string; since: Date }): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.userId, options.userId),
        eq(passwordResetTokens.issuedBy, "self"),
        gt(passwordResetTokens.createdAt, options.since),
      ),
    );
  return row?.count ?? 0;
}

export type ResetLinkState =
  | { status: "valid"; email: string; issuedBy: { name: string; email: string } | null; expiresAt: Date }
  | { status: "invalid" };

/**
 * What the reset page shows before anyone submits: whose account, who issued the link. Reads
 * only; the link is spent by `consumeResetToken`. Used, expired, unknown links and disabled
 * accounts all look the same.
 */
export async function getResetLinkState(db: Database, token: string): Promise<ResetLinkState> {
  if (!LINK_TOKEN_PATTERN.test(token)) return { status: "invalid" };
  const issuer = alias(users, "issuer");
  const [row] = await db
    .select({
      email: users.email,
      expiresAt: passwordResetTokens.expiresAt,
      issuerName: issuer.name,
      issuerEmail: issuer.email,
      issuedByUserId: passwordResetTokens.issuedByUserId,
      issuedByKind: passwordResetTokens.issuedBy,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .leftJoin(issuer, eq(issuer.id, passwordResetTokens.issuedByUserId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashLinkToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
        isNull(users.disabledAt),
      ),
    )
    .limit(1);
  if (!row) return { status: "invalid" };
  const issuedBy =
    row.issuedByKind === "operator"
      ? { name: "the server's operator", email: "npm run reset-link" }
      : row.issuedByUserId
        ? { name: row.issuerName ?? "An admin", email: row.issuerEmail ?? "" }
        : null;
  return { status: "valid", email: row.email, issuedBy, expiresAt: row.expiresAt };
}

/** Whose link this was, whatever its state: a refused link is audited against its account. */
export async function findResetTokenOwner(db: Database, token: string): Promise<{ userId: string; state: "used" | "expired" | "open" } | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .select({ userId: passwordResetTokens.userId, usedAt: passwordResetTokens.usedAt, isExpired: sql<boolean>`${passwordResetTokens.expiresAt} <= now()` })
    .from(passwordResetTokens)
    .where(eq(passwordResetTokens.tokenHash, hashLinkToken(token)))
    .limit(1);
  if (!row) return null;
  return { userId: row.userId, state: row.usedAt ? "used" : row.isExpired ? "expired" : "open" };
}

/**
 * Spends a link: one conditional UPDATE, so two submissions of the same link cannot both pass
 * (the second waits for the first's row lock, then finds used_at set).
 */
export async function consumeResetToken(
  db: Database,
  token: string,
): Promise<{ id: string; userId: string; issuedByUserId: string | null; issuedBy: "self" | "admin" | "operator" } | null> {
  if (!LINK_TOKEN_PATTERN.test(token)) return null;
  const [row] = await db
    .update(passwordResetTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashLinkToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({
      id: passwordResetTokens.id,
      userId: passwordResetTokens.userId,
      issuedByUserId: passwordResetTokens.issuedByUserId,
      issuedBy: passwordResetTokens.issuedBy,
    });
  return row ?? null;
}
