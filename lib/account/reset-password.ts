import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";
import { AppError } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
import { assertPasswordSignIn } from "./request-reset";
import { consumeResetToken, findResetTokenOwner, spendOpenResetTokens } from "./reset-tokens";
import { assertAcceptablePassword, replacePassword } from "./set-password";
import type { AccountSettings } from "./settings";

/** The refusal's English sentence (the reset page shows it in the reader's language from the same key). */
export const INVALID_RESET_LINK = renderEnglishErrorMessage("account.invalidResetLink", {});

/**
 * Sets a new password through a reset link. The link is spent first (a conditional UPDATE, so it
 * works once); any refusal after that rolls the whole action back, link included, so a too-weak
 * password does not cost the person their link. Every other open link of the account is spent
 * and every session ends. A link the person requested by mail also proves they read that
 * address; an admin-issued one does not (the admin saw it).
 */
export async function resetPassword(
  db: Database,
  options: {
    token: string;
    newPassword: string;
    settings: Pick<AccountSettings, "isPasswordSignInEnabled">;
    audit: Pick<AuditRecorder, "target" | "detail" | "actor">;
  },
): Promise<{ email: string }> {
  assertPasswordSignIn(options.settings);
  const link = await consumeResetToken(db, options.token);
  if (!link) {
    const owner = await findResetTokenOwner(db, options.token);
    if (owner) {
      options.audit.target("user", owner.userId);
      options.audit.detail({ refusal: `link_${owner.state}` });
    }
    throw new AppError("not_found", { key: "account.invalidResetLink" });
  }
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, link.userId))
    .for("update")
    .limit(1);
  if (!user) throw new AppError("not_found", { key: "account.invalidResetLink" });
  options.audit.actor(user.id, user.email);
  options.audit.target("user", user.id);
  options.audit.detail({ selfRequested: link.issuedBy === "self", issuedBy: link.issuedBy, issuedByUserId: link.issuedByUserId });
  if (user.disabledAt) throw new AppError("not_found", { key: "account.invalidResetLink" });
  if (!user.passwordHash) {
    throw new AppError("conflict", { key: "account.accountSignsThroughSingle" });
  }
  assertAcceptablePassword(options.newPassword, user);
  await replacePassword(db, { userId: user.id, newPassword: options.newPassword, proveEmail: link.issuedBy === "self" });
  await spendOpenResetTokens(db, { userId: user.id });
  options.audit.detail({ sessionsEnded: true });
  return { email: user.email };
}
