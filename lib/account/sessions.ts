import "server-only";
import { listActiveUserSessions, revokeAllUserSessions, revokeUserSession } from "@/lib/auth/user-sessions";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export type AccountSession = Awaited<ReturnType<typeof listActiveUserSessions>>[number] & { isCurrent: boolean };

/** The account's open sessions, newest activity first, with the caller's own browser marked. */
export async function listAccountSessions(db: Database, options: { userId: string; currentSessionId: string | null }): Promise<AccountSession[]> {
  const sessions = await listActiveUserSessions(db, { userId: options.userId });
  return sessions.map((session) => ({ ...session, isCurrent: session.id === options.currentSessionId }));
}

/**
 * Ends one session of the caller's own account. Someone else's session id answers exactly like an
 * unknown one (not_found), so ids cannot be probed.
 */
export async function revokeAccountSession(db: Database, options: { userId: string; sessionId: string }): Promise<void> {
  const revoked = await revokeUserSession(db, options);
  if (!revoked) throw new AppError("not_found", { key: "account.sessionHasAlreadyEnded" });
}

/** "Sign out everywhere": every session of the account, this browser included. */
export async function signOutEverywhere(db: Database, options: { userId: string }): Promise<void> {
  await revokeAllUserSessions(db, options);
}
