import "server-only";
import { revokeTokensOfUser } from "@/lib/api-tokens/revoke-user-tokens";
import { and, eq, isNull, ne, or, sql } from "drizzle-orm";
import { signInAccountRateLimitKeys } from "@/lib/auth/sign-in-limiter";
import { invitations, memberships, passwordResetTokens, rateLimits, userSessions, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { pseudonymEmail, pseudonymName } from "@/lib/data-protection/pseudonym";
import type { ErasedPerson } from "./scrub";

/** Why an account outlives the erasure of a person's data in one workspace. */
export type AccountKeptReason = "member_of_other_workspace" | "instance_owner";

export async function reasonToKeepAccount(
  tx: Database,
  options: { userId: string; workspaceId: string; isInstanceOwner: boolean },
): Promise<AccountKeptReason | null> {
  const [elsewhere] = await tx
    .select({ workspaceId: memberships.workspaceId })
    .from(memberships)
    .where(and(eq(memberships.userId, options.userId), ne(memberships.workspaceId, options.workspaceId)))
    .limit(1);
  if (elsewhere) return "member_of_other_workspace";
  return options.isInstanceOwner ? "instance_owner" : null;
}

/**
 * Deletes what the account holds about the person: sessions (IP, device), reset links, every
 * invitation to the address, the sign-in counters keyed by the address; the users row stays
 * (ids in other records still point at it) with pseudonyms, no password and `erased_at`, and a
 * raised session version so any JWT still around is refused at its next request.
 */
export async function eraseAccountData(tx: Database, options: { person: ErasedPerson; erasedAt: Date }) {
  const { person } = options;
  const sessions = await tx.delete(userSessions).where(eq(userSessions.userId, person.userId)).returning({ id: userSessions.id });
  const resetTokens = await tx
    .delete(passwordResetTokens)
    .where(eq(passwordResetTokens.userId, person.userId))
    .returning({ id: passwordResetTokens.id });
  const invitationRows = person.email
    ? await tx.delete(invitations).where(eq(sql`lower(${invitations.email})`, person.email.toLowerCase())).returning({ id: invitations.id })
    : [];
  // Exactly the account's own sign-in counters (sign-in lowercases the address before counting).
  const counters = person.email ? await deleteSignInCounters(tx, person.email.trim().toLowerCase()) : [];
  const updated = await tx
    .update(users)
    .set({
      email: pseudonymEmail(person.userId),
      name: pseudonymName(person.userId),
      passwordHash: null,
      emailVerifiedAt: null,
      erasedAt: options.erasedAt,
      disabledAt: sql`coalesce(${users.disabledAt}, ${options.erasedAt.toISOString()}::timestamptz)`,
      sessionVersion: sql`${users.sessionVersion} + 1`,
    })
    .where(and(eq(users.id, person.userId), isNull(users.erasedAt)))
    .returning({ id: users.id });
  // The account is disabled from here on: its API tokens (every workspace) end with it, for good.
  const tokens = await revokeTokensOfUser(tx, { userId: person.userId, revokedByUserId: null });
  return {
    apiTokens: tokens.length,
    users: updated.length,
    userSessions: sessions.length,
    passwordResetTokens: resetTokens.length,
    invitations: invitationRows.length,
    rateLimits: counters.length,
  };
}

function deleteSignInCounters(tx: Database, email: string) {
  const keys = signInAccountRateLimitKeys(email);
  const prefixPattern = `${keys.prefix.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return tx
    .delete(rateLimits)
    .where(or(eq(sql`lower(${rateLimits.key})`, keys.exact), sql`lower(${rateLimits.key}) like ${prefixPattern}`))
    .returning({ key: rateLimits.key });
}
