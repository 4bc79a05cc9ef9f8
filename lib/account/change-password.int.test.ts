import { describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { users } from "@/lib/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { createUserSession, resolveActiveSession } from "@/lib/auth/user-sessions";
import { createTestUser } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { changePasswordAction, updateNameAction } from "@/app/(account)/account/actions";
import type { AccountSettings } from "./settings";
import { accountAuditEntries, OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from "@/lib/testing/account-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);
const settings = vi.hoisted(
  (): AccountSettings => ({ isPasswordSignInEnabled: true, resetTtlMinutes: 60, mail: null, wrongPasswordLimit: { attempts: 3, windowSeconds: 900 } }),
);
vi.mock("@/lib/account/settings", () => ({ getAccountSettings: () => settings }));

async function sessionClaims(userId: string) {
  const { sessionId, sessionVersion } = await createUserSession(await getDb(), { userId, method: "password" });
  return { uid: userId, sid: sessionId, sv: sessionVersion };
}

async function passwordHashOf(userId: string) {
  const [row] = await (await getDb()).select({ passwordHash: users.passwordHash, changedAt: users.passwordChangedAt }).from(users).where(eq(users.id, userId));
  return row!;
}

describe("change password", () => {
  it("sets the new password and ends every session of the account, this one included", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: STRONG_PASSWORD });
    const [thisBrowser, otherBrowser] = [await sessionClaims(user.id), await sessionClaims(user.id)];
    signInAs(user.id, thisBrowser.sid);

    const result = await changePasswordAction({ currentPassword: STRONG_PASSWORD, newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.passwordChangedAt).toEqual(expect.any(String));

    expect(await resolveActiveSession(db, thisBrowser)).toBeNull();
    expect(await resolveActiveSession(db, otherBrowser)).toBeNull();
    const stored = await passwordHashOf(user.id);
    expect(await verifyPassword(stored.passwordHash!, OTHER_STRONG_PASSWORD)).toBe(true);
    expect(await verifyPassword(stored.passwordHash!, STRONG_PASSWORD)).toBe(false);
    expect(stored.changedAt).toBeInstanceOf(Date);
    const [entry] = await accountAuditEntries("account.change_password", user.id);
    expect(entry).toMatchObject({ outcome: "success", actorUserId: user.id, targetType: "user", targetId: user.id, workspaceId: null });
  });

  it("refuses a wrong current password, audits it and keeps password and sessions", async () => {
    const db = await getDb();
    const user = await createTestUser({ password: STRONG_PASSWORD });
    const claims = await sessionClaims(user.id);
    signInAs(user.id, claims.sid);
    const before = await passwordHashOf(user.id);

    const result = await changePasswordAction({ currentPassword: "not-my-password-at-all", newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toMatchObject({ code: "forbidden", message: "Your current password is not correct." });
    expect((await passwordHashOf(user.id)).passwordHash).toBe(before.passwordHash);
    expect(await resolveActiveSession(db, claims)).toBe(user.id);
    const [entry] = await accountAuditEntries("account.change_password", user.id);
    expect(entry).toMatchObject({ outcome: "denied", actorUserId: user.id, detail: expect.objectContaining({ failure: "wrong_current_password" }) });
  });

  it("limits wrong current passwords like sign-in, even when the right one comes next", async () => {
    const user = await createTestUser({ password: STRONG_PASSWORD });
    signInAs(user.id);
    for (let attempt = 0; attempt < settings.wrongPasswordLimit.attempts; attempt++) {
      expect((await changePasswordAction({ currentPassword: `guess-${attempt}`, newPassword: OTHER_STRONG_PASSWORD })).serverError?.code).toBe("forbidden");
    }
    const limited = await changePasswordAction({ currentPassword: STRONG_PASSWORD, newPassword: OTHER_STRONG_PASSWORD });
    expect(limited.serverError).toMatchObject({ code: "rate_limited", message: expect.stringContaining("Too many wrong passwords") });
    expect(await verifyPassword((await passwordHashOf(user.id)).passwordHash!, STRONG_PASSWORD)).toBe(true);
    const entries = await accountAuditEntries("account.change_password", user.id);
    expect(entries.map((entry) => entry.outcome)).toEqual(["denied", "denied", "denied", "failed"]);
    expect(entries.at(-1)!.detail).toMatchObject({ reason: "rate_limited" });

    // Another account is not affected by this one's limit.
    const other = await createTestUser({ password: STRONG_PASSWORD });
    signInAs(other.id);
    expect((await changePasswordAction({ currentPassword: STRONG_PASSWORD, newPassword: OTHER_STRONG_PASSWORD })).serverError).toBeUndefined();
  });

  it("refuses a weak new password and one equal to the current password", async () => {
    const user = await createTestUser({ email: `weak-${Date.now()}@test.example`, password: STRONG_PASSWORD });
    signInAs(user.id);
    const before = (await passwordHashOf(user.id)).passwordHash;
    for (const [newPassword, message] of [
      ["short", "at least 12 characters"],
      ["password1234", "too easy to guess"],
      [STRONG_PASSWORD, "differs from your current one"],
    ] as const) {
      const result = await changePasswordAction({ currentPassword: STRONG_PASSWORD, newPassword });
      expect(result.serverError, newPassword).toMatchObject({ code: "invalid_input", message: expect.stringContaining(message) });
    }
    expect((await passwordHashOf(user.id)).passwordHash).toBe(before);
    const entries = await accountAuditEntries("account.change_password", user.id);
    expect(entries).toHaveLength(3);
    expect(entries.every((entry) => entry.outcome === "invalid_input")).toBe(true);
  });

  it("explains that an SSO-only account has no password to change", async () => {
    const user = await createTestUser();
    signInAs(user.id);
    const result = await changePasswordAction({ currentPassword: "anything", newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("single sign-on") });
  });

  it("refuses callers without a session", async () => {
    signInAs(null);
    const result = await changePasswordAction({ currentPassword: STRONG_PASSWORD, newPassword: OTHER_STRONG_PASSWORD });
    expect(result.serverError?.code).toBe("unauthorized");
  });
});

describe("update name", () => {
  it("renames the caller's own account and audits the change", async () => {
    const user = await createTestUser();
    signInAs(user.id);
    const result = await updateNameAction({ name: "  Ada Lovelace  " });
    expect(result.data).toEqual({ name: "Ada Lovelace" });
    const [row] = await (await getDb()).select({ name: users.name }).from(users).where(eq(users.id, user.id));
    expect(row!.name).toBe("Ada Lovelace");
    const [entry] = await accountAuditEntries("account.update_name", user.id);
    // Names are personal data: they sit in the erasable detail_personal column, outside the hashed detail.
    expect(entry).toMatchObject({ outcome: "success", targetId: user.id, detailPersonal: expect.objectContaining({ to: "Ada Lovelace" }) });

    const blank = await updateNameAction({ name: "   " });
    expect(blank.validationErrors?.fieldErrors.name).toEqual(["Enter your name"]);
  });
});
