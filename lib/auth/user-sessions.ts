import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { users, userSessions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";

/** How long a session lives without a new sign-in (also the JWT's maxAge). */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
/** last_seen_at is refreshed at most this often: one write per request would double the load. */
const LAST_SEEN_REFRESH_MS = 5 * 60 * 1000;

export type SessionClaims = { uid?: unknown; sid?: unknown; sv?: unknown };

/** Records a new signed-in browser; its id and the account's session version go into the JWT. */
export async function createUserSession(
  db: Database,
  options: {
    userId: string;
    method: "password" | "oidc";
    ip?: string | null;
    userAgent?: string | null;
    /**
     * The session version read when the password was checked. If a reset or password change
     * raised it since, the sign-in fails instead of opening a session that survives the change.
     * The row lock (FOR SHARE) makes a concurrent change wait or this wait for it.
     */
    expectedSessionVersion?: number;
  },
): Promise<{ sessionId: string; sessionVersion: number }> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .select({ sessionVersion: users.sessionVersion })
      .from(users)
      .where(and(eq(users.id, options.userId), isNull(users.disabledAt)))
      .for("share")
      .limit(1);
    if (!user) throw new Error("Session for an unknown or disabled account");
    if (options.expectedSessionVersion !== undefined && user.sessionVersion !== options.expectedSessionVersion) {
      throw new Error("The account's password or sessions changed during sign-in");
    }
    const sessionId = createId("session");
    await tx.insert(userSessions).values({
      id: sessionId,
      userId: options.userId,
      method: options.method,
      ip: options.ip ?? null,
      userAgent: options.userAgent?.slice(0, 300) ?? null,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    });
    return { sessionId, sessionVersion: user.sessionVersion };
  });
}

/**
 * The account a JWT may act for, checked against the database on every request: the account is
 * active, its session version is the one the token carries (a password change or "sign out
 * everywhere" raises it), and the token's session row is neither revoked nor expired. A JWT
 * copied before sign-out is therefore dead on every instance, not only in the browser that signed out.
 */
export async function resolveActiveSession(db: Database, claims: SessionClaims): Promise<string | null> {
  const { uid, sid, sv } = claims;
  if (typeof uid !== "string" || typeof sid !== "string" || typeof sv !== "number") return null;
  const [row] = await db
    .select({ userId: users.id, lastSeenAt: userSessions.lastSeenAt })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .where(
      and(
        eq(userSessions.id, sid),
        eq(userSessions.userId, uid),
        isNull(userSessions.revokedAt),
        gt(userSessions.expiresAt, sql`now()`),
        isNull(users.disabledAt),
        eq(users.sessionVersion, sv),
      ),
    )
    .limit(1);
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_REFRESH_MS) {
    await db.update(userSessions).set({ lastSeenAt: sql`now()` }).where(eq(userSessions.id, sid));
  }
  return row.userId;
}

export async function revokeUserSession(db: Database, options: { userId: string; sessionId: string }): Promise<boolean> {
  const revoked = await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, options.sessionId), eq(userSessions.userId, options.userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return revoked.length > 0;
}

/**
 * Ends every session of an account (password change or reset, "sign out everywhere", an admin
 * disabling it): the version bump kills every JWT even if a session row were missed.
 */
export async function revokeAllUserSessions(db: Database, options: { userId: string }): Promise<void> {
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, options.userId));
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, options.userId), isNull(userSessions.revokedAt)));
}

export async function listActiveUserSessions(db: Database, options: { userId: string }) {
  return db
    .select({
      id: userSessions.id,
      method: userSessions.method,
      createdAt: userSessions.createdAt,
      lastSeenAt: userSessions.lastSeenAt,
      ip: userSessions.ip,
      userAgent: userSessions.userAgent,
    })
    .from(userSessions)
    .where(and(eq(userSessions.userId, options.userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, sql`now()`)))
    .orderBy(desc(userSessions.lastSeenAt));
}
