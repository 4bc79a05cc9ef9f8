import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { passwordResetTokens, users } from "@/lib/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { hashLinkToken } from "@/lib/auth/tokens";
import { createUserSession, resolveActiveSession } from "@/lib/auth/user-sessions";
import { createTestUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import { requestPasswordResetAction } from "@/app/(auth)/forgot-password/actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { MAX_RESET_MAILS_PER_HOUR } from "./request-reset";
import { INVALID_RESET_LINK } from "./reset-password";
import { getResetLinkState } from "./reset-tokens";
import type { AccountSettings } from "./settings";
import { accountAuditEntries, OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from "@/lib/testing/account-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);
const settings = vi.hoisted(
  (): AccountSettings => ({ isPasswordSignInEnabled: true, resetTtlMinutes: 30, mail: null, wrongPasswordLimit: { attempts: 5, windowSeconds: 900 } }),
);
vi.mock("@/lib/account/settings", () => ({ getAccountSettings: () => settings }));

let smtp: TestSmtpServer;
const BASE_URL = "https://brandpilot.test";
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  settings.isPasswordSignInEnabled = true;
  settings.mail = { smtpUrl: smtp.url, from: "Brandpilot <no-reply@brandpilot.test>", baseUrl: BASE_URL };
  signInAs(null);
});

const ANSWER = /^If an account exists for that address, we sent it a link/;

/** Asks for a reset mail and returns the token from the link in it. */
async function requestAndReadLink(email: string): Promise<string> {
  const result = await requestPasswordResetAction({ email });
  expect(result.data?.message).toMatch(ANSWER);
  const mail = await smtp.waitForMessage(email);
  const match = mail.text.match(/https:\/\/brandpilot\.test\/reset-password\/([A-Za-z0-9_-]{43})/);
  expect(match, mail.text).not.toBeNull();
  return match![1]!;
}

async function userRow(userId: string) {
  const [row] = await (await getDb()).select().from(users).where(eq(users.id, userId));
  return row!;
}

describe("password reset by mailed link", () => {
  it("mails a single-use link that sets the password, proves the address and ends every session", async () => {
    const db = await getDb();
    const user = await createTestUser({ email: `mailed-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const session = await createUserSession(db, { userId: user.id, method: "password" });
    const token = await requestAndReadLink(user.email);
    const mail = await smtp.waitForMessage(user.email);
    expect(mail.subject).toBe("Set a new Brandpilot password");
    expect(mail.text).toContain("within 30 minutes");

    // Only the hash is stored.
    const [stored] = await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, user.id));
    expect(stored!.tokenHash).toBe(hashLinkToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await getResetLinkState(db, token)).toMatchObject({ status: "valid", email: user.email, issuedBy: null });

    const result = await resetPasswordAction({ token, newPassword: OTHER_STRONG_PASSWORD });
    expect(result.data).toEqual({ email: user.email });
    const row = await userRow(user.id);
    expect(await verifyPassword(row.passwordHash!, OTHER_STRONG_PASSWORD)).toBe(true);
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
    expect(row.passwordChangedAt).toBeInstanceOf(Date);
    expect(await resolveActiveSession(db, { uid: user.id, sid: session.sessionId, sv: session.sessionVersion })).toBeNull();

    // Single use: the same link again is refused and changes nothing.
    const again = await resetPasswordAction({ token, newPassword: "Another-strong-Passphrase-5521" });
    expect(again.serverError).toMatchObject({ code: "not_found", message: INVALID_RESET_LINK });
    expect(await verifyPassword((await userRow(user.id)).passwordHash!, OTHER_STRONG_PASSWORD)).toBe(true);
    expect(await getResetLinkState(db, token)).toEqual({ status: "invalid" });

    const [requested] = await accountAuditEntries("account.request_password_reset", user.id);
    expect(requested).toMatchObject({ outcome: "success", actorUserId: null, targetId: user.id, detail: expect.objectContaining({ result: "sent" }) });
    const resets = await accountAuditEntries("account.reset_password", user.id);
    expect(resets.map((entry) => [entry.outcome, entry.actorUserId])).toEqual([
      ["success", user.id],
      ["denied", null],
    ]);
    expect(resets[0]!.detail).toMatchObject({ selfRequested: true });
    expect(resets[1]!.detail).toMatchObject({ refusal: "link_used" });
    // The link never reaches the audit log.
    expect(JSON.stringify([requested, ...resets])).not.toContain(token);
  });

  it("refuses an expired link", async () => {
    const db = await getDb();
    const user = await createTestUser({ email: `expired-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const token = await requestAndReadLink(user.email);
    await db.update(passwordResetTokens).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(passwordResetTokens.userId, user.id));
    const result = await resetPasswordAction({ token, newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toMatchObject({ code: "not_found", message: INVALID_RESET_LINK });
    expect(await verifyPassword((await userRow(user.id)).passwordHash!, STRONG_PASSWORD)).toBe(true);
    // The refusal names the link's account as target; the caller, unproven, stays anonymous.
    const [entry] = await accountAuditEntries("account.reset_password", user.id);
    expect(entry).toMatchObject({ outcome: "denied", actorUserId: null, targetId: user.id, detail: expect.objectContaining({ refusal: "link_expired" }) });
  });

  it("keeps the link when the new password is too weak, and spends every other open link on success", async () => {
    const db = await getDb();
    const user = await createTestUser({ email: `weak-reset-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const first = await requestAndReadLink(user.email);
    smtp.messages.length = 0;
    const second = await requestAndReadLink(user.email);
    expect(second).not.toBe(first);

    const weak = await resetPasswordAction({ token: second, newPassword: "password1234" });
    expect(weak.serverError).toMatchObject({ code: "invalid_input", message: expect.stringContaining("too easy to guess") });
    const [refused] = await accountAuditEntries("account.reset_password", user.id);
    expect(refused).toMatchObject({ outcome: "invalid_input", actorUserId: user.id });

    expect((await resetPasswordAction({ token: second, newPassword: OTHER_STRONG_PASSWORD })).data).toEqual({ email: user.email });
    expect((await resetPasswordAction({ token: first, newPassword: STRONG_PASSWORD })).serverError?.code).toBe("not_found");
    expect(await getResetLinkState(db, first)).toEqual({ status: "invalid" });
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const known = await createTestUser({ email: `known-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const unknownEmail = `nobody-${Date.now()}@test.example`;
    const knownAnswer = await requestPasswordResetAction({ email: known.email });
    const unknownAnswer = await requestPasswordResetAction({ email: unknownEmail });
    expect(unknownAnswer).toEqual(knownAnswer);
    await smtp.waitForMessage(known.email);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.messages.some((mail) => mail.to.includes(unknownEmail))).toBe(false);
    const db = await getDb();
    const rows = await db.select().from(users).where(eq(users.email, unknownEmail));
    expect(rows).toEqual([]);
  });

  it("answers the same for disabled and SSO-only accounts without mailing them", async () => {
    const disabled = await createTestUser({ email: `disabled-${Date.now()}@test.example`, password: STRONG_PASSWORD, disabled: true });
    const ssoOnly = await createTestUser({ email: `sso-${Date.now()}@test.example` });
    for (const [account, reason] of [[disabled, "disabled"], [ssoOnly, "sso_only"]] as const) {
      const result = await requestPasswordResetAction({ email: account.email });
      expect(result.data?.message).toMatch(ANSWER);
      const [entry] = await accountAuditEntries("account.request_password_reset", account.id);
      expect(entry!.detail).toMatchObject({ result: reason });
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.messages.some((mail) => mail.to.includes(disabled.email) || mail.to.includes(ssoOnly.email))).toBe(false);
  });

  it("mails at most three links per address and hour, with the same answer after the limit", async () => {
    const user = await createTestUser({ email: `limit-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    for (let i = 0; i < MAX_RESET_MAILS_PER_HOUR + 2; i++) {
      expect((await requestPasswordResetAction({ email: user.email })).data?.message).toMatch(ANSWER);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(smtp.messages.filter((mail) => mail.to.includes(user.email))).toHaveLength(MAX_RESET_MAILS_PER_HOUR);
    const results = (await accountAuditEntries("account.request_password_reset", user.id)).map((entry) => entry.detail.result);
    expect(results).toEqual(["sent", "sent", "sent", "limited", "limited"]);
  });

  it("a disabled account cannot use a link it got before", async () => {
    const db = await getDb();
    const user = await createTestUser({ email: `later-disabled-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const token = await requestAndReadLink(user.email);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await getResetLinkState(db, token)).toEqual({ status: "invalid" });
    const result = await resetPasswordAction({ token, newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toMatchObject({ code: "not_found", message: INVALID_RESET_LINK });
    expect(await verifyPassword((await userRow(user.id)).passwordHash!, STRONG_PASSWORD)).toBe(true);
  });

  it("refuses to mail links without SMTP, and refuses both steps on an SSO-only instance", async () => {
    const user = await createTestUser({ email: `nosmtp-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    const token = await requestAndReadLink(user.email);

    settings.mail = null;
    const withoutMail = await requestPasswordResetAction({ email: user.email });
    expect(withoutMail.serverError).toMatchObject({ code: "unavailable", message: expect.stringContaining("Ask an admin") });

    settings.isPasswordSignInEnabled = false;
    expect((await requestPasswordResetAction({ email: user.email })).serverError).toMatchObject({ code: "conflict" });
    expect((await resetPasswordAction({ token, newPassword: OTHER_STRONG_PASSWORD })).serverError).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("single sign-on only"),
    });
    expect(await verifyPassword((await userRow(user.id)).passwordHash!, STRONG_PASSWORD)).toBe(true);
    const outcomes = (await accountAuditEntries("account.request_password_reset", user.id)).map((entry) => entry.outcome);
    expect(outcomes).toEqual(["success"]); // refusals before the lookup name no account
  });

  it("refuses malformed links before touching the database", async () => {
    const result = await resetPasswordAction({ token: "../../etc/passwd", newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toMatchObject({ code: "not_found", message: INVALID_RESET_LINK });
  });
});
