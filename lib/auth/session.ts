import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { getAuthOptions } from "./options";

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  isInstanceOwner: boolean;
  /** The saved UI language; null = follow the browser. */
  locale: "en" | "de" | null;
};

/**
 * The session of this request. Its callback checks the session row against the database, and a
 * page's layout and the page itself both ask: React's `cache` makes that one query per request
 * (outside a server-component render it simply calls through).
 */
const readSession = cache(() => getServerSession(getAuthOptions()));

/**
 * The signed-in user's id from the session cookie, or null. The session callback has already
 * checked the session against the database (revoked, session version, disabled account).
 * Tests replace this module.
 */
export async function getSessionUserId(): Promise<string | null> {
  const session = await readSession();
  return session?.user?.id || null;
}

/** The signed-in user and this browser's session id (the profile page marks "this device"). */
export async function getSessionContext(): Promise<{ userId: string; sessionId: string | null } | null> {
  const session = await readSession();
  const userId = session?.user?.id;
  return userId ? { userId, sessionId: session.sessionId ?? null } : null;
}

/**
 * The signed-in user, read from the database on every request: a disabled or deleted account
 * loses access at once even though its JWT is still valid.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const userId = await getSessionUserId();
  if (!userId) return null;
  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, isInstanceOwner: users.isInstanceOwner, locale: users.locale })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .limit(1);
  return user ?? null;
});
