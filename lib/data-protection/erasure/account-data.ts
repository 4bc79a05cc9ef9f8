import "server-only";
import { and, eq, ilike, isNull, ne, sql } from "drizzle-orm";
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
  // rate-limiter-flexible keys are `<prefix>:<email>` and `<prefix>:<email>|<ip>`.
  const counters = person.email
    ? await tx
        .delete(rateLimits)
        .where(ilike(rateLimits.key, `%${person.email.replace(/[\\%_]/g, (char) => `\\${char}`)}%`))
        .returning({ key: rateLimits.key })
    : [];
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
  return {
    users: updated.length,
    userSessions: sessions.length,
    passwordResetTokens: resetTokens.length,
    invitations: invitationRows.length,
    rateLimits: counters.length,
  };
}
