import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { memberships, users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";
import type { Actor } from "@/lib/authz/authorize";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send-mail";
import { assertPasswordSignIn } from "./request-reset";
import { composeResetMail, resetLinkPath, resetLinkUrl } from "./reset-mail";
import { createResetToken, spendOpenResetTokens } from "./reset-tokens";
import type { AccountSettings } from "./settings";

/**
 * Workspaces the target belongs to where the issuer is not an admin. A reset link hands over the
 * whole account, which is global: an admin of brand A who could reset the password of someone who
 * also works in brand B could sign in as them there. So an admin may only reset accounts whose
 * every workspace they administer.
 */
async function countWorkspacesOutsideIssuersAdminRights(db: Database, options: { targetUserId: string; issuerUserId: string }): Promise<number> {
  const issuerAdmin = alias(memberships, "issuer_admin");
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(memberships)
    .leftJoin(
      issuerAdmin,
      and(eq(issuerAdmin.workspaceId, memberships.workspaceId), eq(issuerAdmin.userId, options.issuerUserId), eq(issuerAdmin.role, "admin")),
    )
    .where(and(eq(memberships.userId, options.targetUserId), sql`${issuerAdmin.userId} is null`));
  return row?.count ?? 0;
}

/**
 * What the admin gets back. When the link was mailed, no link: an admin holding a working reset
 * link could set the member's password and sign in as them (and, say, approve their own asset).
 * Only when it could not be mailed (no mail set up, or delivery failed) is the link returned, to
 * show once and hand over.
 */
export type IssuedResetLink =
  | { emailed: true; email: string; expiresAt: Date }
  | { emailed: false; email: string; expiresAt: Date; path: string };

/**
 * An admin has a member sent a single-use link to set a new password (never a password: the admin
 * must not know it). With mail set up the link goes only to the person's mailbox; otherwise it is
 * returned for the admin to hand over, and the audit entry says so (linkShownToAdmin). Earlier
 * open links of the account stop working. Using it ends the person's sessions, which they notice,
 * and the audit log names the admin.
 */
export async function issueResetLink(
  db: Database,
  options: {
    workspaceId: string;
    issuer: Actor;
    targetUserId: string;
    settings: Pick<AccountSettings, "isPasswordSignInEnabled" | "mail" | "resetTtlMinutes">;
    audit: Pick<AuditRecorder, "target" | "detail">;
  },
): Promise<IssuedResetLink> {
  const { settings, issuer } = options;
  options.audit.target("user", options.targetUserId);
  assertPasswordSignIn(settings);
  if (options.targetUserId === issuer.id) {
    throw new AppError("conflict", { key: "account.changeOwnPasswordUse" });
  }
  const [target] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt, isInstanceOwner: users.isInstanceOwner })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.workspaceId, options.workspaceId)))
    .where(eq(users.id, options.targetUserId))
    .for("update", { of: users })
    .limit(1);
  if (!target) throw new AppError("not_found", { key: "account.memberNotFoundWorkspace" });
  options.audit.detail({ email: target.email });
  if (target.disabledAt) throw new AppError("conflict", { key: "account.accountDisabled2" });
  if (!target.passwordHash) {
    throw new AppError("conflict", { key: "account.signsThroughSingleSign", params: { email: target.email } });
  }
  if (target.isInstanceOwner && !issuer.isInstanceOwner) {
    throw new AppError("forbidden", { key: "account.onlyInstanceOwnerCan" });
  }
  if ((await countWorkspacesOutsideIssuersAdminRights(db, { targetUserId: target.id, issuerUserId: issuer.id })) > 0) {
    options.audit.detail({ refusal: "member_of_other_workspace" });
    throw new AppError(
      "forbidden",
      { key: "account.alsoWorksWorkspaceDo", params: { email: target.email } },
    );
  }

  await spendOpenResetTokens(db, { userId: target.id });
  const { token, expiresAt } = await createResetToken(db, { userId: target.id, issuedByUserId: issuer.id, ttlMinutes: settings.resetTtlMinutes });
  // Awaited, unlike a self-service reset: whether it was delivered decides whether the admin may see
  // the link. sendMail bounds its waits, so a dead mail server holds the row lock for seconds at most.
  const emailed = settings.mail
    ? await sendMail(
        composeResetMail({
          to: target.email,
          url: resetLinkUrl(settings.mail.baseUrl, token),
          ttlMinutes: settings.resetTtlMinutes,
          issuedBy: { name: issuer.name, email: issuer.email },
        }),
        { smtpUrl: settings.mail.smtpUrl, from: settings.mail.from },
      )
    : false;
  options.audit.detail({
    emailed,
    linkShownToAdmin: !emailed,
    ...(settings.mail && !emailed ? { mailDeliveryFailed: true } : {}),
    expiresAt: expiresAt.toISOString(),
  });
  if (emailed) return { emailed: true, email: target.email, expiresAt };
  return { emailed: false, email: target.email, expiresAt, path: resetLinkPath(token) };
}
