import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";
import { AppError } from "@/lib/errors";
import { composeResetMail, deliverInBackground, resetLinkUrl } from "./reset-mail";
import { countSelfRequestedResetTokens, createResetToken } from "./reset-tokens";
import type { AccountSettings } from "./settings";

/** Mails per address and hour: enough for a lost message, too few to flood someone's inbox. */
export const MAX_RESET_MAILS_PER_HOUR = 3;

export function resetRequestAnswer(ttlMinutes: number): string {
  return `If an account exists for that address, we sent it a link to set a new password. The link works once, within ${ttlMinutes} minutes.`;
}

export function assertPasswordSignIn(settings: Pick<AccountSettings, "isPasswordSignInEnabled">): void {
  if (!settings.isPasswordSignInEnabled) {
    throw new AppError("conflict", { key: "account.instanceSignsThroughSingle" });
  }
}

export function assertSelfServiceReset(settings: Pick<AccountSettings, "isPasswordSignInEnabled" | "mail">): void {
  assertPasswordSignIn(settings);
  if (!settings.mail) {
    throw new AppError("unavailable", { key: "account.passwordResetByE" });
  }
}

/**
 * "Forgot password": mails a single-use link when the address belongs to an active account with
 * a password. The answer is the same sentence whatever happened (unknown address, disabled or
 * SSO-only account, limit reached), so the form cannot be used to find out who has an account;
 * the audit log records what really happened.
 */
export async function requestPasswordReset(
  db: Database,
  options: {
    email: string;
    settings: Pick<AccountSettings, "isPasswordSignInEnabled" | "mail" | "resetTtlMinutes">;
    audit: Pick<AuditRecorder, "target" | "detail">;
  },
): Promise<{ message: string }> {
  const { settings, audit } = options;
  assertSelfServiceReset(settings);
  const mail = settings.mail!;
  audit.detail({ email: options.email });
  const answer = { message: resetRequestAnswer(settings.resetTtlMinutes) };

  // Row lock: concurrent requests for one address queue, so the per-address count holds.
  const [user] = await db
    .select({ id: users.id, email: users.email, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, options.email))
    .for("update")
    .limit(1);
  if (!user) {
    audit.detail({ result: "unknown_account" });
    return answer;
  }
  audit.target("user", user.id);
  if (user.disabledAt || !user.passwordHash) {
    audit.detail({ result: user.disabledAt ? "disabled" : "sso_only" });
    return answer;
  }
  const recent = await countSelfRequestedResetTokens(db, { userId: user.id, since: new Date(Date.now() - 3_600_000) });
  if (recent >= MAX_RESET_MAILS_PER_HOUR) {
    audit.detail({ result: "limited" });
    return answer;
  }
  const { token, expiresAt } = await createResetToken(db, { userId: user.id, issuedByUserId: null, ttlMinutes: settings.resetTtlMinutes });
  deliverInBackground(
    composeResetMail({ to: user.email, url: resetLinkUrl(mail.baseUrl, token), ttlMinutes: settings.resetTtlMinutes, issuedBy: null }),
    mail,
  );
  audit.detail({ result: "sent", expiresAt: expiresAt.toISOString() });
  return answer;
}
