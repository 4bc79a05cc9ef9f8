import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { passwordResetTokens, users } from "@/lib/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { addTestMembership, createTestUser, createTestWorkspace, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import { issueResetLinkAction } from "@/app/(app)/[workspace]/admin/members/reset-link-actions";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { getResetLinkState } from "./reset-tokens";
import type { AccountSettings } from "./settings";
import { accountAuditEntries, auditEntriesInWorkspace, OTHER_STRONG_PASSWORD, STRONG_PASSWORD } from "@/lib/testing/account-fixtures";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);
const settings = vi.hoisted(
  (): AccountSettings => ({ isPasswordSignInEnabled: true, resetTtlMinutes: 60, mail: null, wrongPasswordLimit: { attempts: 5, windowSeconds: 900 } }),
);
vi.mock("@/lib/account/settings", () => ({ getAccountSettings: () => settings }));

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp.close();
});
beforeEach(() => {
  settings.mail = null;
});

const tokenOf = (path: string) => path.replace("/reset-password/", "");

/** A workspace with an admin (named) and a marketer who has a password. */
async function workspaceWithMember() {
  const workspace = await createTestWorkspace();
  const admin = await createTestUser({ email: `admin-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.example` });
  await (await getDb()).update(users).set({ name: "Ada Admin" }).where(eq(users.id, admin.id));
  const member = await createTestUser({ email: `member-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@test.example`, password: STRONG_PASSWORD });
  await addTestMembership(workspace.id, admin.id, "admin");
  await addTestMembership(workspace.id, member.id, "marketer");
  return { workspace, admin, member };
}

describe("admin-issued reset links", () => {
  it("returns a single-use link naming the admin, never a password, and audits it with the target", async () => {
    const db = await getDb();
    const { workspace, admin, member } = await workspaceWithMember();
    signInAs(admin.id);
    const result = await issueResetLinkAction({ workspaceId: workspace.id, userId: member.id });
    expect(result.data).toMatchObject({ email: member.email, emailed: false, path: expect.stringMatching(/^\/reset-password\/[A-Za-z0-9_-]{43}$/) });
    const token = tokenOf(result.data!.emailed ? "" : result.data!.path);
    expect(await getResetLinkState(db, token)).toMatchObject({ status: "valid", email: member.email, issuedBy: { name: "Ada Admin", email: admin.email } });

    const [entry] = await auditEntriesInWorkspace(workspace.id, "members.issue_reset_link");
    expect(entry).toMatchObject({
      outcome: "success",
      actorUserId: admin.id,
      targetType: "user",
      targetId: member.id,
      detail: expect.objectContaining({ emailed: false, linkShownToAdmin: true }),
    });
    expect(JSON.stringify(entry)).not.toContain(token);

    signInAs(null);
    expect((await resetPasswordAction({ token, newPassword: OTHER_STRONG_PASSWORD })).data).toEqual({ email: member.email });
    const [row] = await db.select().from(users).where(eq(users.id, member.id));
    expect(await verifyPassword(row!.passwordHash!, OTHER_STRONG_PASSWORD)).toBe(true);
    // The admin saw the link: using it proves nothing about the person's mailbox.
    expect(row!.emailVerifiedAt).toBeNull();
    const [reset] = await accountAuditEntries("account.reset_password", member.id);
    expect(reset).toMatchObject({ outcome: "success", actorUserId: member.id, detail: expect.objectContaining({ selfRequested: false, issuedByUserId: admin.id }) });
  });

  // Regression: the link was returned to the admin also when it was mailed, so the admin could open
  // it, set the member's password and sign in as them (e.g. to approve their own asset).
  it("with mail set up, mails the link only to the person and never returns it to the admin", async () => {
    const db = await getDb();
    const { workspace, admin, member } = await workspaceWithMember();
    settings.mail = { smtpUrl: smtp.url, from: "Brandpilot <no-reply@brandpilot.test>", baseUrl: "https://brandpilot.test/" };
    signInAs(admin.id);
    const first = await issueResetLinkAction({ workspaceId: workspace.id, userId: member.id });
    expect(first.data).toEqual({ emailed: true, email: member.email, expiresAt: expect.any(String) });
    expect(JSON.stringify(first)).not.toMatch(/reset-password/);
    const mail = await smtp.waitForMessage(member.email);
    const mailedPath = mail.text.match(/https:\/\/brandpilot\.test(\/reset-password\/[A-Za-z0-9_-]{43})/)?.[1];
    expect(mailedPath, mail.text).toBeDefined();
    expect(mail.text).toContain(`Ada Admin (${admin.email})`);
    expect(await getResetLinkState(db, tokenOf(mailedPath!))).toMatchObject({ status: "valid", email: member.email });

    const [entry] = await auditEntriesInWorkspace(workspace.id, "members.issue_reset_link");
    expect(entry).toMatchObject({ outcome: "success", detail: expect.objectContaining({ emailed: true, linkShownToAdmin: false }) });
    expect(JSON.stringify(entry)).not.toContain(tokenOf(mailedPath!));

    // A new link replaces the mailed one.
    const second = await issueResetLinkAction({ workspaceId: workspace.id, userId: member.id });
    expect(second.data?.emailed).toBe(true);
    expect(await getResetLinkState(db, tokenOf(mailedPath!))).toEqual({ status: "invalid" });
  });

  it("shows the link to the admin when mail delivery fails, and audits that they saw it", async () => {
    const db = await getDb();
    const { workspace, admin, member } = await workspaceWithMember();
    settings.mail = { smtpUrl: "smtp://127.0.0.1:1", from: "Brandpilot <no-reply@brandpilot.test>", baseUrl: "https://brandpilot.test/" };
    signInAs(admin.id);
    const result = await issueResetLinkAction({ workspaceId: workspace.id, userId: member.id });
    expect(result.data).toMatchObject({ emailed: false, email: member.email, path: expect.stringMatching(/^\/reset-password\//) });
    expect(await getResetLinkState(db, tokenOf(result.data!.emailed ? "" : result.data!.path))).toMatchObject({ status: "valid" });
    const [entry] = await auditEntriesInWorkspace(workspace.id, "members.issue_reset_link");
    expect(entry).toMatchObject({ outcome: "success", detail: expect.objectContaining({ emailed: false, linkShownToAdmin: true, mailDeliveryFailed: true }) });
  });

  it("refuses a target who also works in a workspace the admin does not administer (account capture)", async () => {
    const db = await getDb();
    const { workspace: brandA, admin: adminA, member: cfo } = await workspaceWithMember();
    const brandB = await createTestWorkspace("Brand B");
    await addTestMembership(brandB.id, cfo.id, "manager");
    signInAs(adminA.id);
    const result = await issueResetLinkAction({ workspaceId: brandA.id, userId: cfo.id });
    expect(result.serverError).toMatchObject({ code: "forbidden", message: expect.stringContaining("workspace you do not administer") });
    expect(await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, cfo.id))).toEqual([]);
    const [entry] = await auditEntriesInWorkspace(brandA.id, "members.issue_reset_link");
    expect(entry).toMatchObject({ outcome: "denied", actorUserId: adminA.id, targetId: cfo.id, detail: expect.objectContaining({ refusal: "member_of_other_workspace" }) });

    // Being a mere member of brand B is not enough either; admin of both is.
    await addTestMembership(brandB.id, adminA.id, "marketer");
    expect((await issueResetLinkAction({ workspaceId: brandA.id, userId: cfo.id })).serverError?.code).toBe("forbidden");
    const brandBAdmin = await createTestUser();
    await addTestMembership(brandA.id, brandBAdmin.id, "admin");
    await addTestMembership(brandB.id, brandBAdmin.id, "admin");
    signInAs(brandBAdmin.id);
    expect((await issueResetLinkAction({ workspaceId: brandA.id, userId: cfo.id })).data?.email).toBe(cfo.email);
  });

  it("answers not_found for someone who is not a member of this workspace", async () => {
    const { workspace, admin } = await workspaceWithMember();
    const stranger = await createTestUser({ password: STRONG_PASSWORD });
    signInAs(admin.id);
    const result = await issueResetLinkAction({ workspaceId: workspace.id, userId: stranger.id });
    expect(result.serverError).toMatchObject({ code: "not_found" });
  });

  it("refuses an instance owner unless the issuer is one", async () => {
    const { workspace, admin } = await workspaceWithMember();
    const owner = await createTestUser({ password: STRONG_PASSWORD, instanceOwner: true });
    await addTestMembership(workspace.id, owner.id, "editor");
    signInAs(admin.id);
    expect((await issueResetLinkAction({ workspaceId: workspace.id, userId: owner.id })).serverError).toMatchObject({
      code: "forbidden",
      message: expect.stringContaining("instance owner"),
    });
    const otherOwner = await createTestUser({ instanceOwner: true });
    await addTestMembership(workspace.id, otherOwner.id, "admin");
    signInAs(otherOwner.id);
    expect((await issueResetLinkAction({ workspaceId: workspace.id, userId: owner.id })).data?.email).toBe(owner.email);
  });

  it("refuses the admin's own account, SSO-only and disabled accounts", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithMember();
    const ssoOnly = await createTestUser();
    const disabled = await createTestUser({ password: STRONG_PASSWORD, disabled: true });
    await addTestMembership(workspace.id, ssoOnly.id, "editor");
    await addTestMembership(workspace.id, disabled.id, "editor");
    signInAs(admin.id);
    const own = await issueResetLinkAction({ workspaceId: workspace.id, userId: admin.id });
    expect(own.serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("profile page") });
    expect((await issueResetLinkAction({ workspaceId: workspace.id, userId: ssoOnly.id })).serverError).toMatchObject({
      code: "conflict",
      message: expect.stringContaining("single sign-on"),
    });
    expect((await issueResetLinkAction({ workspaceId: workspace.id, userId: disabled.id })).serverError?.code).toBe("conflict");
    expect(await db.select().from(passwordResetTokens).where(eq(passwordResetTokens.issuedByUserId, admin.id))).toEqual([]);
  });

  it("needs members:manage", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    for (const role of ["marketer", "editor", "manager"] as const) {
      signInAs(members[role].id);
      const result = await issueResetLinkAction({ workspaceId: workspace.id, userId: members.marketer.id });
      expect(result.serverError?.code, role).toBe("forbidden");
    }
  });
});
