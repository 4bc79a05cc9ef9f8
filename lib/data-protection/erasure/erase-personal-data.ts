import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { auditLog, invitations, memberships, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { pseudonymName } from "@/lib/data-protection/pseudonym";
import { eraseAccountData, reasonToKeepAccount, type AccountKeptReason } from "./account-data";
import { pseudonymiseAuditEntries } from "./pseudonymise-audit";
import type { ErasedPerson } from "./scrub";

export type ErasureTableCount = { table: string; changed: number; deleted: number };

export type ErasureReport = {
  userId: string;
  /** What the records show instead of the person ("Former member 3f9a2c1b0d"). */
  pseudonym: string;
  tables: ErasureTableCount[];
  accountDeleted: boolean;
  /** Set when the account stays (the person still works elsewhere, or runs the instance). */
  accountKeptBecause: AccountKeptReason | null;
};

/**
 * Replaces a former member's name and e-mail with their stable pseudonym in every record of the
 * workspace, in one transaction; when they have no other membership and do not own the instance,
 * also deletes their account data (lib/data-protection/erasure/account-data.ts) and pseudonymises
 * them in every other audit chain (sign-ins, other workspaces they left).
 *
 * Refused for a current member (remove them first), for oneself, and for someone with no record
 * in this workspace (not_found: an admin cannot reach people of other workspaces this way).
 * Safe to repeat: a second run finds nothing left to change.
 */
export async function erasePersonalData(
  db: Database,
  options: { workspaceId: string; userId: string; erasedBy: string },
): Promise<ErasureReport> {
  if (options.userId === options.erasedBy) {
    throw new AppError("conflict", { key: "dataProtection.cannotEraseOwnPersonal" });
  }
  return db.transaction(async (tx) => {
    // Row lock: two admins erasing the same person, or the person accepting an invitation at the
    // same moment, queue up behind this transaction.
    const [user] = await tx
      .select({ id: users.id, email: users.email, name: users.name, isInstanceOwner: users.isInstanceOwner, erasedAt: users.erasedAt })
      .from(users)
      .where(eq(users.id, options.userId))
      .for("update");
    const [membership] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, options.workspaceId), eq(memberships.userId, options.userId)))
      .limit(1);
    if (membership) {
      throw new AppError("conflict", { key: "dataProtection.personStillMemberWorkspace" });
    }
    if (!user || !(await appearsInWorkspace(tx, { workspaceId: options.workspaceId, user }))) {
      throw new AppError("not_found", { key: "dataProtection.personHasNoRecords" });
    }

    const erasedAt = new Date();
    // Once the account was erased its row holds pseudonyms: searching for those changes nothing.
    const person: ErasedPerson = user.erasedAt ? { userId: user.id, email: "", name: "" } : { userId: user.id, email: user.email, name: user.name };
    const workspaceEntries = await pseudonymiseAuditEntries(tx, { person, chainKey: options.workspaceId, erasedAt });
    const workspaceInvitations = person.email
      ? await tx
          .delete(invitations)
          .where(
            and(
              eq(invitations.workspaceId, options.workspaceId),
              or(eq(sql`lower(${invitations.email})`, person.email.toLowerCase()), eq(invitations.acceptedByUserId, user.id)),
            ),
          )
          .returning({ id: invitations.id })
      : [];
    const tables: ErasureTableCount[] = [
      { table: "audit_log (this workspace)", changed: workspaceEntries, deleted: 0 },
      { table: "invitations (this workspace)", changed: 0, deleted: workspaceInvitations.length },
    ];

    const keptBecause = await reasonToKeepAccount(tx, { userId: user.id, workspaceId: options.workspaceId, isInstanceOwner: user.isInstanceOwner });
    if (keptBecause) {
      return { userId: user.id, pseudonym: pseudonymName(user.id), tables, accountDeleted: false, accountKeptBecause: keptBecause };
    }
    const otherEntries = await pseudonymiseAuditEntries(tx, { person, chainKey: null, excludeChainKey: options.workspaceId, erasedAt });
    const account = await eraseAccountData(tx, { person, erasedAt });
    tables.push(
      { table: "audit_log (sign-ins and other workspaces)", changed: otherEntries, deleted: 0 },
      { table: "users", changed: account.users, deleted: 0 },
      { table: "user_sessions", changed: 0, deleted: account.userSessions },
      { table: "password_reset_tokens", changed: 0, deleted: account.passwordResetTokens },
      { table: "invitations (other workspaces)", changed: 0, deleted: account.invitations },
      { table: "rate_limits", changed: 0, deleted: account.rateLimits },
      { table: "api_tokens (revoked)", changed: account.apiTokens, deleted: 0 },
    );
    return { userId: user.id, pseudonym: pseudonymName(user.id), tables, accountDeleted: true, accountKeptBecause: null };
  });
}

/** An entry by or about them in the workspace's chain, or an invitation to their address there. */
async function appearsInWorkspace(tx: Database, options: { workspaceId: string; user: { id: string; email: string } }): Promise<boolean> {
  const [entry] = await tx
    .select({ seq: auditLog.seq })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.chainKey, options.workspaceId),
        or(eq(auditLog.actorUserId, options.user.id), and(eq(auditLog.targetType, "user"), eq(auditLog.targetId, options.user.id))),
      ),
    )
    .limit(1);
  if (entry) return true;
  const [invitation] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, options.workspaceId),
        or(eq(sql`lower(${invitations.email})`, options.user.email.toLowerCase()), eq(invitations.acceptedByUserId, options.user.id)),
      ),
    )
    .limit(1);
  return Boolean(invitation);
}
