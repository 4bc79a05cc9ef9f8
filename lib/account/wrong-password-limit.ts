import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { auditLog } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";

export const CHANGE_PASSWORD_ACTION = "account.change_password";
/** The audit detail that marks a refused current password; the limit counts these entries. */
export const WRONG_CURRENT_PASSWORD = "wrong_current_password";

/**
 * Guessing the current password through "change password" (a borrowed unlocked laptop) is
 * limited like sign-in: SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT wrong answers per SIGNIN_WINDOW_SECONDS.
 *
 * The counter is the audit log, not a rate-limiter row: the action runs in a transaction that
 * rolls back when the password is wrong, so a counter written inside it would vanish with the
 * refusal (and embedded PGlite cannot write outside an open transaction on its one connection).
 * The wrapper writes the refusal's audit entry after the rollback, on its own, so every wrong
 * answer is counted on every instance. Callers lock the account row first, so concurrent
 * guesses queue instead of all reading the same count.
 */
export async function assertPasswordAttemptsLeft(
  db: Database,
  options: { userId: string; attempts: number; windowSeconds: number },
): Promise<void> {
  const since = new Date(Date.now() - options.windowSeconds * 1000);
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${auditLog.createdAt})` })
    .from(auditLog)
    .where(
      and(
        isNull(auditLog.workspaceId),
        eq(auditLog.actorUserId, options.userId),
        eq(auditLog.action, CHANGE_PASSWORD_ACTION),
        gt(auditLog.createdAt, since),
        sql`${auditLog.detail}->>'failure' = ${WRONG_CURRENT_PASSWORD}`,
      ),
    );
  if ((row?.count ?? 0) < options.attempts) return;
  const oldest = row?.oldest ? new Date(row.oldest).getTime() : Date.now();
  const minutes = Math.max(1, Math.ceil((oldest + options.windowSeconds * 1000 - Date.now()) / 60_000));
  throw new AppError("rate_limited", { key: "account.tooManyWrongPasswords", params: { minutes } });
}
