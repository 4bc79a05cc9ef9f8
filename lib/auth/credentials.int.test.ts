import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { createTestUser } from "@/lib/testing/fixtures";
import { verifyCredentials } from "./credentials";

const PASSWORD = "correct horse battery";
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${Math.random().toString(36).slice(2, 8)}`;

async function signInAuditFor(email: string) {
  const db = await getDb();
  return db
    .select({ outcome: auditLog.outcome, detail: auditLog.detail, actorLabel: auditLog.actorLabel })
    .from(auditLog)
    .where(and(eq(auditLog.action, "auth.sign_in"), eq(auditLog.actorLabel, email)))
    .orderBy(auditLog.seq);
}

describe("credentials sign-in", () => {
  it("accepts the right password and audits the sign-in", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    const result = await verifyCredentials(db, { email: user.email.toUpperCase(), password: PASSWORD, ip: uniqueIp() });
    expect(result).toEqual({ ok: true, user: expect.objectContaining({ id: user.id, email: user.email }) });
    expect(await signInAuditFor(user.email)).toEqual([expect.objectContaining({ outcome: "success" })]);
  });

  it("gives the same answer for a wrong password, an unknown email, a disabled account and garbage", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    const disabled = await createTestUser({ password: PASSWORD, disabled: true });
    const attempts = [
      { email: user.email, password: "wrong password" },
      { email: `nobody-${Date.now()}@test.example`, password: PASSWORD },
      { email: disabled.email, password: PASSWORD },
      { email: "not-an-email", password: "" },
      { email: 42, password: { $ne: null } },
    ];
    for (const attempt of attempts) {
      expect(await verifyCredentials(db, { ...attempt, ip: uniqueIp() })).toEqual({ ok: false, reason: "invalid" });
    }
    // The audit log keeps the real reason for admins.
    expect((await signInAuditFor(user.email))[0]).toMatchObject({ outcome: "failed", detail: { reason: "wrong_password" } });
    expect((await signInAuditFor(disabled.email))[0]).toMatchObject({ outcome: "failed", detail: { reason: "disabled" } });
  });

  it("locks an account after too many attempts, even with the right password, from any IP", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT; i++) {
      expect(await verifyCredentials(db, { email: user.email, password: "wrong", ip: uniqueIp() })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toEqual({
      ok: false,
      reason: "rate_limited",
    });
    const audit = await signInAuditFor(user.email);
    expect(audit.at(-1)).toMatchObject({ outcome: "denied", detail: { reason: "rate_limited", limit: "account" } });
  });

  it("limits one IP trying many accounts", async () => {
    const db = await getDb();
    const ip = uniqueIp();
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_IP; i++) {
      await verifyCredentials(db, { email: `spray-${i}-${Date.now()}@test.example`, password: "guess", ip });
    }
    const user = await createTestUser({ password: PASSWORD });
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip })).toEqual({ ok: false, reason: "rate_limited" });
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("clears the account counter after a successful sign-in", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT - 1; i++) {
      await verifyCredentials(db, { email: user.email, password: "wrong", ip: uniqueIp() });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
    expect(await verifyCredentials(db, { email: user.email, password: "wrong", ip: uniqueIp() })).toMatchObject({ reason: "invalid" });
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });
});
