import "server-only";
import { eq, sql } from "drizzle-orm";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { hashPassword } from "@/lib/auth/password";
import { newPasswordProblem } from "@/lib/auth/password-policy";
import { revokeAllUserSessions } from "@/lib/auth/user-sessions";
import { AppError } from "@/lib/errors";

/** Refuses a new password the policy rejects, with the policy's sentence for the form. */
export function assertAcceptablePassword(password: string, person: { email: string; name: string }): void {
  const problem = newPasswordProblem(password, person);
  if (problem) throw new AppError("invalid_input", problem);
}

/**
 * Stores a new password and ends every session of the account, on every instance and in this
 * browser too: whoever held a session (or a copied JWT) under the old password is out.
 * `proveEmail`: the person reached this through a link mailed to their address.
 */
export async function replacePassword(db: Database, options: { userId: string; newPassword: string; proveEmail: boolean }): Promise<Date> {
  const passwordHash = await hashPassword(options.newPassword);
  const [updated] = await db
    .update(users)
    .set({
      passwordHash,
      passwordChangedAt: sql`now()`,
      ...(options.proveEmail ? { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())` } : {}),
    })
    .where(eq(users.id, options.userId))
    .returning({ passwordChangedAt: users.passwordChangedAt });
  if (!updated?.passwordChangedAt) throw new AppError("not_found", { key: "account.accountNotFound" });
  await revokeAllUserSessions(db, { userId: options.userId });
  return updated.passwordChangedAt;
}
