import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { invitations, memberships, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import { hashLinkToken } from "@/lib/auth/tokens";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { normalizeEmail } from "./guards";
import { getInvitationForToken, type InvitationForToken } from "./queries";

export type AcceptedInvitation = { invitationId: string; userId: string; email: string; workspaceId: string; workspaceSlug: string; role: Role };

type AcceptCommon = {
  token: string;
  /** Called as soon as the token names an invitation, before any refusal, so the caller can file its audit entry in that workspace. */
  onInvitationFound?: (invitation: InvitationForToken) => void;
};

async function loadUsableInvitation(db: Database, options: AcceptCommon): Promise<InvitationForToken> {
  const invitation = await getInvitationForToken(db, { token: options.token });
  if (!invitation) {
    throw new AppError("not_found", { key: "invitations.invitationLinkNotValid" });
  }
  options.onInvitationFound?.(invitation);
  if (invitation.state === "accepted") throw new AppError("conflict", { key: "invitations.invitationWasAlreadyUsed" });
  if (invitation.state === "revoked") throw new AppError("conflict", { key: "invitations.invitationWasRevoked" });
  if (invitation.state === "expired") {
    throw new AppError("conflict", { key: "invitations.invitationHasExpiredAsk", params: { workspaceName: invitation.workspaceName } });
  }
  return invitation;
}

/**
 * Marks the invitation accepted, once. The conditions sit in the UPDATE itself: of two
 * concurrent accepts the second waits for the first's row lock, re-checks, matches nothing and
 * is refused, so one link can never make two accounts or memberships. Expiry is compared on the
 * database clock.
 */
async function consumeInvitation(db: Database, options: { invitationId: string; token: string }): Promise<void> {
  const [row] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(
      and(
        eq(invitations.id, options.invitationId),
        eq(invitations.tokenHash, hashLinkToken(options.token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: invitations.id });
  if (!row) throw new AppError("conflict", { key: "invitations.invitationWasAlreadyUsed2" });
}

async function recordAcceptance(db: Database, invitation: InvitationForToken, userId: string): Promise<AcceptedInvitation> {
  const [membership] = await db
    .insert(memberships)
    .values({ workspaceId: invitation.workspaceId, userId, role: invitation.role })
    .onConflictDoNothing()
    .returning({ userId: memberships.userId });
  if (!membership) throw new AppError("conflict", { key: "invitations.areAlreadyMember", params: { workspaceName: invitation.workspaceName } });
  await db.update(invitations).set({ acceptedByUserId: userId }).where(eq(invitations.id, invitation.id));
  return {
    invitationId: invitation.id,
    userId,
    email: invitation.email,
    workspaceId: invitation.workspaceId,
    workspaceSlug: invitation.workspaceSlug,
    role: invitation.role,
  };
}

/**
 * Accepts an invitation for an email that has no account yet: the person chooses their own name
 * and password (nobody else ever knows it), and becomes a member. An email with an account must
 * accept while signed in as that account instead (acceptInvitationAsSignedIn), so a link held by
 * an admin can never attach or take over an existing account.
 */
export async function acceptInvitationAsNewAccount(
  db: Database,
  options: AcceptCommon & { name: string; password: string; passwordSignInEnabled?: boolean },
): Promise<AcceptedInvitation> {
  if (!(options.passwordSignInEnabled ?? env.isPasswordSignInEnabled)) {
    throw new AppError("forbidden", { key: "invitations.instanceSignsThroughSSO" });
  }
  return db.transaction(async (tx) => {
    const invitation = await loadUsableInvitation(tx, options);
    if (invitation.accountExists) throw new AppError("conflict", { key: "invitations.accountExists" });
    const name = options.name.trim();
    const passwordProblem = newPasswordProblem(options.password, { email: invitation.email, name });
    if (passwordProblem) throw new AppError("invalid_input", passwordProblem);
    const passwordHash = await hashPassword(options.password);

    await consumeInvitation(tx, { invitationId: invitation.id, token: options.token });
    const userId = createId("user");
    // The unique email index decides a race with another acceptance or an SSO sign-in for the same address.
    const [created] = await tx
      .insert(users)
      .values({ id: userId, email: invitation.email, name, passwordHash, passwordChangedAt: sql`now()` })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) throw new AppError("conflict", { key: "invitations.accountExists" });
    return recordAcceptance(tx, invitation, userId);
  });
}

/**
 * Accepts an invitation as the signed-in account. Only the account whose email the invitation
 * names may accept it; anyone else is refused with the invited address, so nothing attaches to
 * an account silently and a link forwarded to the wrong person does nothing.
 */
export async function acceptInvitationAsSignedIn(
  db: Database,
  options: AcceptCommon & { userId: string; userEmail: string },
): Promise<AcceptedInvitation> {
  return db.transaction(async (tx) => {
    const invitation = await loadUsableInvitation(tx, options);
    const signedInAs = normalizeEmail(options.userEmail);
    if (signedInAs !== invitation.email) {
      throw new AppError(
        "forbidden",
        { key: "invitations.invitationButAreSigned", params: { email: invitation.email, signedInAs } },
      );
    }
    await consumeInvitation(tx, { invitationId: invitation.id, token: options.token });
    return recordAcceptance(tx, invitation, options.userId);
  });
}
