import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { appendAuditEntry } from "@/lib/audit/append";
import { AppError } from "@/lib/errors";
import { createResetToken, spendOpenResetTokens } from "./reset-tokens";
import { resetLinkUrl } from "./reset-mail";

/**
 * A reset link issued by the server's operator (`npm run reset-link`), who can read the
 * database anyway: the way back in for an instance owner who lost their password on an instance
 * without mail, and for everyone after the upgrade that retired admin-chosen passwords (0009).
 * Audited with the actor label "npm run reset-link".
 */
export async function issueOperatorResetLink(
  db: Database,
  options: { email: string; baseUrl: string; ttlMinutes: number },
): Promise<{ url: string; expiresAt: Date }> {
  const email = options.email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.email, email)).limit(1);
    if (!user) throw new AppError("not_found", { key: "account.noAccountHasAddress", params: { email } });
    if (user.disabledAt) throw new AppError("conflict", { key: "account.accountDisabled", params: { email } });
    await spendOpenResetTokens(tx, { userId: user.id });
    const { token, expiresAt } = await createResetToken(tx, { userId: user.id, issuedByUserId: null, issuedBy: "operator", ttlMinutes: options.ttlMinutes });
    await appendAuditEntry(tx, {
      workspaceId: null,
      actorUserId: null,
      actorLabel: "npm run reset-link",
      action: "account.operator_reset_link",
      targetType: "user",
      targetId: user.id,
      outcome: "success",
      detail: { expiresAt: expiresAt.toISOString() },
    });
    return { url: resetLinkUrl(options.baseUrl, token), expiresAt };
  });
}
