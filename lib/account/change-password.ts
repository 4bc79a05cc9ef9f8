import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AuditRecorder } from "@/lib/authz/audit-recorder";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { assertAcceptablePassword, replacePassword } from "./set-password";
import { assertPasswordAttemptsLeft, WRONG_CURRENT_PASSWORD } from "./wrong-password-limit";

/**
 * Changes the signed-in person's password. The current one is required (a session alone, say on
 * an unlocked laptop, must not be enough to take the account over), then every session of the
 * account ends, this one included.
 */
export async function changePassword(
  db: Database,
  options: {
    userId: string;
    currentPassword: string;
    newPassword: string;
    limit: { attempts: number; windowSeconds: number };
    audit: Pick<AuditRecorder, "target" | "detail">;
  },
): Promise<{ passwordChangedAt: Date }> {
  options.audit.target("user", options.userId);
  // Row lock: concurrent attempts for one account queue here, so each sees the previous one's count.
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, options.userId))
    .for("update")
    .limit(1);
  if (!user) throw new AppError("not_found", { key: "account.accountNotFound" });
  if (!user.passwordHash) {
    throw new AppError("conflict", { key: "account.accountSignsThroughCompany" });
  }
  await assertPasswordAttemptsLeft(db, { userId: options.userId, ...options.limit });
  if (!(await verifyPassword(user.passwordHash, options.currentPassword))) {
    options.audit.detail({ failure: WRONG_CURRENT_PASSWORD });
    throw new AppError("forbidden", { key: "account.currentPasswordNotCorrect" });
  }
  if (options.newPassword === options.currentPassword) {
    throw new AppError("invalid_input", { key: "account.chooseNewPasswordDiffers" });
  }
  assertAcceptablePassword(options.newPassword, user);
  const passwordChangedAt = await replacePassword(db, { userId: options.userId, newPassword: options.newPassword, proveEmail: false });
  options.audit.detail({ sessionsEnded: true });
  return { passwordChangedAt };
}
