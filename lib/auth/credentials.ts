import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { appendAuditEntry } from "@/lib/audit/append";
import { getDummyPasswordHash, verifyPassword } from "./password";
import { consumeSignInAttempt, resetAccountAttempts } from "./sign-in-limiter";

/** The one message every failed sign-in shows, whatever failed: no user enumeration. */
import { GENERIC_SIGN_IN_ERROR, RATE_LIMITED_SIGN_IN_ERROR } from "./sign-in-errors";
export { GENERIC_SIGN_IN_ERROR, RATE_LIMITED_SIGN_IN_ERROR };

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; signInSessionVersion: number } }
  | { ok: false; reason: "invalid" | "rate_limited" };

/**
 * Checks an email and password. Every attempt is rate-limited and audited; a missing account,
 * a disabled one and a wrong password take the same time and give the same answer.
 */
export async function verifyCredentials(
  db: Database,
  input: { email?: unknown; password?: unknown; ip: string | null },
): Promise<SignInResult> {
  const parsed = credentialsSchema.safeParse(input);
  const email = parsed.success ? parsed.data.email : String(input.email ?? "").slice(0, 254).toLowerCase();
  const auditBase = { workspaceId: null, action: "auth.sign_in", targetType: "user", ip: input.ip } as const;

  const limit = await consumeSignInAttempt(db, { email, ip: input.ip });
  if (!limit.allowed) {
    await appendAuditEntry(db, {
      ...auditBase,
      actorUserId: null,
      actorLabel: email,
      outcome: "denied",
      detail: { reason: "rate_limited", limit: limit.limit, retryAfterSeconds: limit.retryAfterSeconds },
    });
    return { ok: false, reason: "rate_limited" };
  }

  const [user] = parsed.success
    ? await db.select().from(users).where(eq(users.email, parsed.data.email)).limit(1)
    : [];
  const passwordHash = user?.passwordHash ?? (await getDummyPasswordHash());
  const isPasswordValid = parsed.success && (await verifyPassword(passwordHash, parsed.data.password));
  const isAllowed = Boolean(user && user.passwordHash && !user.disabledAt && isPasswordValid);

  if (!user || !isAllowed) {
    await appendAuditEntry(db, {
      ...auditBase,
      actorUserId: user?.id ?? null,
      actorLabel: email,
      targetId: user?.id ?? null,
      outcome: "failed",
      // The reason is for the audit reader only; the person signing in sees the generic error.
      detail: { reason: !user ? "unknown_account" : user.disabledAt ? "disabled" : "wrong_password" },
    });
    return { ok: false, reason: "invalid" };
  }

  await resetAccountAttempts(db, { email: user.email, ip: input.ip });
  await appendAuditEntry(db, {
    ...auditBase,
    actorUserId: user.id,
    actorLabel: user.email,
    targetId: user.id,
    outcome: "success",
    detail: { method: "password" },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, signInSessionVersion: user.sessionVersion } };
}
