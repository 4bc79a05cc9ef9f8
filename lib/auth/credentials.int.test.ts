import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { createTestUser } from "@/lib/testing/fixtures";
import { verifyCredentials } from "./credentials";
import { ACCOUNT_WIDE_FACTOR } from "./sign-in-limiter";

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

  it("limits one IP guessing one account, even with the right password, without locking the owner out elsewhere", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    const attackerIp = uniqueIp();
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT; i++) {
      expect(await verifyCredentials(db, { email: user.email, password: "wrong", ip: attackerIp })).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: attackerIp })).toEqual({ ok: false, reason: "rate_limited" });
    const audit = await signInAuditFor(user.email);
    expect(audit.at(-1)).toMatchObject({ outcome: "denied", detail: { reason: "rate_limited", limit: "account_ip" } });
    // The old per-account lockout refused this: anyone knowing the email could keep its owner out.
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toMatchObject({ ok: true });
  });

  it("locks an account attacked from many IPs only at the looser account-wide limit", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    const accountWide = env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT * ACCOUNT_WIDE_FACTOR;
    // Each address stays under its own account+IP limit; together they exhaust the account-wide one.
    for (let i = 0; i < accountWide; i++) {
      expect(await verifyCredentials(db, { email: user.email, password: "wrong", ip: uniqueIp() })).toMatchObject({ reason: "invalid" });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: uniqueIp() })).toEqual({ ok: false, reason: "rate_limited" });
    expect((await signInAuditFor(user.email)).at(-1)).toMatchObject({ detail: { reason: "rate_limited", limit: "account" } });
  });

  it("without a trusted client IP keeps the tight limit per account", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT; i++) {
      await verifyCredentials(db, { email: user.email, password: "wrong", ip: null });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip: null })).toEqual({ ok: false, reason: "rate_limited" });
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

  it("clears the account+IP counter after a successful sign-in from that IP", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: PASSWORD });
    const ip = uniqueIp();
    for (let i = 0; i < env.SIGNIN_MAX_ATTEMPTS_PER_ACCOUNT - 1; i++) {
      await verifyCredentials(db, { email: user.email, password: "wrong", ip });
    }
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
    // Without the reset these two would be attempts 6 and 7 from this IP and be refused.
    expect(await verifyCredentials(db, { email: user.email, password: "wrong", ip })).toMatchObject({ reason: "invalid" });
    expect(await verifyCredentials(db, { email: user.email, password: PASSWORD, ip })).toMatchObject({ ok: true });
  });
});
