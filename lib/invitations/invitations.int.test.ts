import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, invitations, memberships, users } from "@/lib/db/schema";
import { hashLinkToken } from "@/lib/auth/tokens";
import { verifyPassword } from "@/lib/auth/password";
import { verifyAuditChain } from "@/lib/audit/verify";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { startTestSmtpServer, type TestSmtpServer } from "@/lib/testing/smtp-server";
import {
  createInvitationAction,
  resendInvitationAction,
  revokeInvitationAction,
} from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { acceptInvitationAsSignedInAction, acceptInvitationNewAccountAction } from "@/app/(auth)/invite/actions";
import { acceptInvitationAsNewAccount, acceptInvitationAsSignedIn } from "./accept";
import { createInvitation, resendInvitation } from "./issue";
import { getInvitationForToken, listWorkspaceInvitations } from "./queries";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const STRONG_PASSWORD = "Tangerine-Oslo-kettle-917";
const BASE_URL = "https://brandpilot.test";

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startTestSmtpServer();
});
afterAll(async () => smtp.close());

const unique = () => Math.random().toString(36).slice(2, 10);
const tokenOf = (link: string | null | undefined) => {
  const token = link?.split("/invite/")[1];
  if (!token) throw new Error(`no token in ${link}`);
  return token;
};

async function workspaceWithAdmin(name = "Brand") {
  const workspace = await createTestWorkspace(name);
  const admin = await createTestUser();
  await addTestMembership(workspace.id, admin.id, "admin");
  return { workspace, admin };
}

async function roleOf(workspaceId: string, userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

async function usersWithEmail(email: string) {
  const db = await getDb();
  return db.select().from(users).where(eq(users.email, email));
}

async function auditOf(workspaceId: string, action: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)))
    .orderBy(auditLog.seq);
}

/** Every key anywhere in a value: a password must not hide in a nested field. */
function allKeys(value: unknown): string[] {
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...allKeys(inner)]);
}

describe("regression: account capture across workspaces", () => {
  it("attaches an existing account to another workspace only when that account accepts while signed in", async () => {
    const db = await getDb();
    const a = await workspaceWithAdmin("Brand A");
    const b = await workspaceWithAdmin("Brand B");
    const cfoEmail = `cfo-${unique()}@brand-b.example`;

    // Admin of A invites the CFO: the result holds a link to hand over, never a password.
    signInAs(a.admin.id);
    const fromA = await createInvitationAction({ workspaceId: a.workspace.id, email: cfoEmail, role: "manager" });
    expect(fromA.serverError).toBeUndefined();
    expect(allKeys(fromA.data).filter((key) => /password/i.test(key))).toEqual([]);
    const tokenA = tokenOf(fromA.data!.link);
    const [rowA] = await db.select().from(invitations).where(eq(invitations.id, fromA.data!.invitation.id));
    expect(rowA!.tokenHash).toBe(hashLinkToken(tokenA));
    expect(JSON.stringify(rowA)).not.toContain(tokenA);
    expect(await usersWithEmail(cfoEmail), "no account exists before anyone accepts").toHaveLength(0);

    // The CFO accepts A's invitation with a password only they know.
    signInAs(null);
    const acceptedA = await acceptInvitationNewAccountAction({ token: tokenA, name: "Casey CFO", password: STRONG_PASSWORD });
    expect(acceptedA.serverError).toBeUndefined();
    const [cfo] = await usersWithEmail(cfoEmail);
    expect(await verifyPassword(cfo!.passwordHash!, STRONG_PASSWORD)).toBe(true);
    expect(await roleOf(a.workspace.id, cfo!.id)).toBe("manager");

    // Admin of B invites the same email: the existing account is not attached.
    signInAs(b.admin.id);
    const fromB = await createInvitationAction({ workspaceId: b.workspace.id, email: cfoEmail, role: "editor" });
    expect(fromB.serverError).toBeUndefined();
    const tokenB = tokenOf(fromB.data!.link);
    expect(await roleOf(b.workspace.id, cfo!.id)).toBeNull();

    // Holding B's link does not help anyone else: a different signed-in account is refused by name...
    signInAs(a.admin.id);
    const hijack = await acceptInvitationAsSignedInAction({ token: tokenB });
    expect(hijack.serverError).toMatchObject({ code: "forbidden", message: expect.stringContaining(`This invitation is for ${cfoEmail}`) });
    expect(await roleOf(b.workspace.id, a.admin.id)).toBeNull();
    // ...and so is creating a second account (or resetting the first one's password) through the link.
    signInAs(null);
    const takeover = await acceptInvitationNewAccountAction({ token: tokenB, name: "Impostor", password: "Another-long-phrase-4471" });
    expect(takeover.serverError).toMatchObject({ code: "conflict", message: "This email already has an account: sign in as that account to accept." });
    expect(await usersWithEmail(cfoEmail)).toHaveLength(1);
    expect(await verifyPassword((await usersWithEmail(cfoEmail))[0]!.passwordHash!, STRONG_PASSWORD)).toBe(true);
    expect(await roleOf(b.workspace.id, cfo!.id)).toBeNull();

    // Only the CFO, signed in as themselves, joins B.
    signInAs(cfo!.id);
    const acceptedB = await acceptInvitationAsSignedInAction({ token: tokenB });
    expect(acceptedB.data).toEqual({ workspaceSlug: b.workspace.slug });
    expect(await roleOf(b.workspace.id, cfo!.id)).toBe("editor");
    expect(await roleOf(a.workspace.id, cfo!.id)).toBe("manager");

    // The refused attempts are in B's audit chain, with the accepting account named on success.
    const refusals = await auditOf(b.workspace.id, "invitations.accept_as_signed_in");
    expect(refusals.map((entry) => [entry.outcome, entry.actorUserId])).toEqual([
      ["denied", a.admin.id],
      ["success", cfo!.id],
    ]);
    expect((await auditOf(b.workspace.id, "invitations.accept_new_account")).map((entry) => entry.outcome)).toEqual(["failed"]);
  });
});

describe("regression: an admin cannot sign in as an invitee", () => {
  it("mails the link and never returns it (or any password) to the admin when SMTP is configured", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin("Mail Brand");
    const email = `mailed-${unique()}@brand.example`;
    const issued = await createInvitation(db, {
      workspaceId: workspace.id,
      email,
      role: "editor",
      invitedByUserId: admin.id,
      baseUrl: BASE_URL,
      mail: { smtpUrl: smtp.url, from: "Brandpilot <no-reply@brand.example>" },
    });
    expect(issued).toMatchObject({ delivery: "mailed", link: null, resent: false });
    expect(allKeys(issued).filter((key) => /password|token/i.test(key))).toEqual([]);

    const mail = await smtp.waitForMessage(email);
    expect(mail.subject).toBe("You are invited to Mail Brand on Brandpilot");
    const link = mail.text.match(/https:\/\/brandpilot\.test\/invite\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeDefined();
    expect(mail.text).not.toMatch(/password:/i);
    expect(JSON.stringify(issued)).not.toContain(tokenOf(link));

    // The mailed link works for the invitee.
    const accepted = await acceptInvitationAsNewAccount(db, { token: tokenOf(link), name: "Mia", password: STRONG_PASSWORD });
    expect(await roleOf(workspace.id, accepted.userId)).toBe("editor");

    // A resend is mailed too, again without the link in the admin's hands.
    const second = `mailed-${unique()}@brand.example`;
    const first = await createInvitation(db, { workspaceId: workspace.id, email: second, role: "marketer", invitedByUserId: admin.id, baseUrl: BASE_URL, mail: { smtpUrl: smtp.url } });
    const resent = await resendInvitation(db, { workspaceId: workspace.id, invitationId: first.invitation.id, baseUrl: BASE_URL, mail: { smtpUrl: smtp.url } });
    expect(resent).toMatchObject({ delivery: "mailed", link: null, resent: true });
  });

  it("shows the link to the admin only when mail cannot be delivered", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const unreachable = await createInvitation(db, {
      workspaceId: workspace.id,
      email: `bounce-${unique()}@brand.example`,
      role: "editor",
      invitedByUserId: admin.id,
      baseUrl: BASE_URL,
      mail: { smtpUrl: "smtp://127.0.0.1:1" },
    });
    expect(unreachable.delivery).toBe("shown_to_admin");
    expect(unreachable.link).toMatch(/^https:\/\/brandpilot\.test\/invite\/[A-Za-z0-9_-]{43}$/);
  });

  it("keeps passwords and links out of the results and the audit log of create and resend", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    signInAs(admin.id);
    const email = `audited-${unique()}@brand.example`;
    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "editor" });
    const resent = await resendInvitationAction({ workspaceId: workspace.id, invitationId: created.data!.invitation.id });
    for (const result of [created, resent]) {
      expect(result.serverError).toBeUndefined();
      expect(allKeys(result.data).filter((key) => /password/i.test(key))).toEqual([]);
    }
    const entries = [...(await auditOf(workspace.id, "invitations.create")), ...(await auditOf(workspace.id, "invitations.resend"))];
    expect(entries.map((entry) => [entry.action, entry.outcome, entry.actorUserId, entry.targetId])).toEqual([
      ["invitations.create", "success", admin.id, created.data!.invitation.id],
      ["invitations.resend", "success", admin.id, created.data!.invitation.id],
    ]);
    for (const entry of entries) {
      // The address is personal data: it sits in the erasable detail_personal column, outside the hashed detail.
      expect(entry).toMatchObject({ detail: { role: "editor", delivery: "shown_to_admin" }, detailPersonal: { email } });
      const serialized = JSON.stringify(entry);
      expect(serialized).not.toMatch(/password/i);
      expect(serialized).not.toContain(tokenOf(created.data!.link));
      expect(serialized).not.toContain(tokenOf(resent.data!.link));
    }
  });
});

describe("invitation lifecycle", () => {
  it("is single use: a used link is refused and creates nothing more", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const email = `once-${unique()}@brand.example`;
    const issued = await createInvitation(db, { workspaceId: workspace.id, email, role: "marketer", invitedByUserId: admin.id, baseUrl: BASE_URL });
    const token = tokenOf(issued.link);
    expect(await getInvitationForToken(db, { token })).toMatchObject({ state: "valid", accountExists: false, workspaceName: "Brand", inviterName: admin.email.split("@")[0] });
    const accepted = await acceptInvitationAsNewAccount(db, { token, name: "Once", password: STRONG_PASSWORD });
    expect(await getInvitationForToken(db, { token })).toMatchObject({ state: "accepted", accountExists: true });
    await expect(acceptInvitationAsNewAccount(db, { token, name: "Twice", password: STRONG_PASSWORD })).rejects.toMatchObject({
      code: "conflict",
      message: "This invitation was already used.",
    });
    await expect(acceptInvitationAsSignedIn(db, { token, userId: accepted.userId, userEmail: email })).rejects.toMatchObject({ code: "conflict" });
    expect(await usersWithEmail(email)).toHaveLength(1);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, issued.invitation.id));
    expect(row).toMatchObject({ acceptedByUserId: accepted.userId });
    expect(row!.acceptedAt).toBeInstanceOf(Date);
    expect(await listWorkspaceInvitations(db, { workspaceId: workspace.id })).toEqual([]);
  });

  it("refuses concurrent double accepts: one account, one membership", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const email = `race-${unique()}@brand.example`;
    const issued = await createInvitation(db, { workspaceId: workspace.id, email, role: "editor", invitedByUserId: admin.id, baseUrl: BASE_URL });
    const token = tokenOf(issued.link);
    const outcomes = await Promise.allSettled([
      acceptInvitationAsNewAccount(db, { token, name: "First", password: STRONG_PASSWORD }),
      acceptInvitationAsNewAccount(db, { token, name: "Second", password: "Second-quiet-lantern-5523" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "conflict" });
    const accounts = await usersWithEmail(email);
    expect(accounts).toHaveLength(1);
    const members = await db.select().from(memberships).where(eq(memberships.workspaceId, workspace.id));
    expect(members.filter((member) => member.userId === accounts[0]!.id)).toHaveLength(1);

    // The same for an existing account accepting twice at once.
    const person = await createTestUser();
    const other = await createInvitation(db, { workspaceId: workspace.id, email: person.email, role: "manager", invitedByUserId: admin.id, baseUrl: BASE_URL });
    const twice = await Promise.allSettled(
      [1, 2].map(() => acceptInvitationAsSignedIn(db, { token: tokenOf(other.link), userId: person.id, userEmail: person.email })),
    );
    expect(twice.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await roleOf(workspace.id, person.id)).toBe("manager");
  });

  it("expires: an expired link is refused, listed as expired, and a resend revives it with a new link", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const email = `late-${unique()}@brand.example`;
    const issued = await createInvitation(db, { workspaceId: workspace.id, email, role: "editor", invitedByUserId: admin.id, baseUrl: BASE_URL, ttlHours: 2 });
    const hoursLeft = (issued.invitation.expiresAt.getTime() - Date.now()) / 3_600_000;
    expect(hoursLeft).toBeGreaterThan(1.9);
    expect(hoursLeft).toBeLessThanOrEqual(2.01);
    await db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, issued.invitation.id));
    const token = tokenOf(issued.link);
    expect((await getInvitationForToken(db, { token }))?.state).toBe("expired");
    await expect(acceptInvitationAsNewAccount(db, { token, name: "Late", password: STRONG_PASSWORD })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("expired"),
    });
    expect(await usersWithEmail(email)).toHaveLength(0);
    expect((await listWorkspaceInvitations(db, { workspaceId: workspace.id })).map((row) => [row.email, row.state])).toEqual([[email, "expired"]]);

    const resent = await resendInvitation(db, { workspaceId: workspace.id, invitationId: issued.invitation.id, baseUrl: BASE_URL, ttlHours: 24 });
    expect(resent.invitation.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 3_600_000);
    await acceptInvitationAsNewAccount(db, { token: tokenOf(resent.link), name: "Late", password: STRONG_PASSWORD });
    expect(await usersWithEmail(email)).toHaveLength(1);
  });

  it("resend rotates the token: the older link stops working at once", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    signInAs(admin.id);
    const email = `rotate-${unique()}@brand.example`;
    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "editor" });
    const oldToken = tokenOf(created.data!.link);
    const resent = await resendInvitationAction({ workspaceId: workspace.id, invitationId: created.data!.invitation.id });
    expect(resent.data).toMatchObject({ resent: true, invitation: { sendCount: 2 } });
    const newToken = tokenOf(resent.data!.link);
    expect(newToken).not.toBe(oldToken);
    expect(await getInvitationForToken(db, { token: oldToken })).toBeNull();
    signInAs(null);
    const withOld = await acceptInvitationNewAccountAction({ token: oldToken, name: "Old", password: STRONG_PASSWORD });
    expect(withOld.serverError).toMatchObject({ code: "not_found" });
    const withNew = await acceptInvitationNewAccountAction({ token: newToken, name: "New", password: STRONG_PASSWORD });
    // The workspace to open once the page has signed the new member in.
    expect(withNew.data).toEqual({ email, workspaceSlug: workspace.slug });

    // Inviting the same open email again resends the one invitation (new role, new link) instead of a duplicate.
    signInAs(admin.id);
    const other = `again-${unique()}@brand.example`;
    const firstInvite = await createInvitationAction({ workspaceId: workspace.id, email: other, role: "editor" });
    const secondInvite = await createInvitationAction({ workspaceId: workspace.id, email: other.toUpperCase(), role: "manager" });
    expect(secondInvite.data).toMatchObject({ resent: true, invitation: { id: firstInvite.data!.invitation.id, role: "manager", sendCount: 2 } });
    expect(await getInvitationForToken(db, { token: tokenOf(firstInvite.data!.link) })).toBeNull();
    expect(await db.select().from(invitations).where(eq(invitations.email, other))).toHaveLength(1);
  });

  it("revokes: the link stops working, a second revoke conflicts, another workspace's admin gets not found", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const elsewhere = await workspaceWithAdmin();
    signInAs(admin.id);
    const email = `revoked-${unique()}@brand.example`;
    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "editor" });
    const invitationId = created.data!.invitation.id;

    signInAs(elsewhere.admin.id);
    const foreign = await revokeInvitationAction({ workspaceId: elsewhere.workspace.id, invitationId });
    expect(foreign.serverError).toMatchObject({ code: "not_found" });
    const foreignResend = await resendInvitationAction({ workspaceId: elsewhere.workspace.id, invitationId });
    expect(foreignResend.serverError).toMatchObject({ code: "not_found" });

    signInAs(admin.id);
    expect((await revokeInvitationAction({ workspaceId: workspace.id, invitationId })).data).toMatchObject({ email });
    expect((await revokeInvitationAction({ workspaceId: workspace.id, invitationId })).serverError).toMatchObject({ code: "conflict" });
    expect((await resendInvitationAction({ workspaceId: workspace.id, invitationId })).serverError).toMatchObject({ code: "conflict" });
    expect((await getInvitationForToken(db, { token: tokenOf(created.data!.link) }))?.state).toBe("revoked");
    signInAs(null);
    const accept = await acceptInvitationNewAccountAction({ token: tokenOf(created.data!.link), name: "R", password: STRONG_PASSWORD });
    expect(accept.serverError).toMatchObject({ code: "conflict", message: "This invitation was revoked." });
    expect(await usersWithEmail(email)).toHaveLength(0);
    expect(await listWorkspaceInvitations(db, { workspaceId: workspace.id })).toEqual([]);

    // A revoked invitation does not block inviting the person again.
    signInAs(admin.id);
    const again = await createInvitationAction({ workspaceId: workspace.id, email, role: "marketer" });
    expect(again.data).toMatchObject({ resent: false });
    expect(again.data!.invitation.id).not.toBe(invitationId);
    expect((await listWorkspaceInvitations(db, { workspaceId: workspace.id })).map((row) => [row.email, row.role, row.state])).toEqual([[email, "marketer", "valid"]]);

    const revokes = await auditOf(workspace.id, "invitations.revoke");
    expect(revokes.map((entry) => entry.outcome)).toEqual(["success", "failed"]);
    expect(revokes[0]).toMatchObject({ actorUserId: admin.id, targetType: "invitation", targetId: invitationId, detail: { role: "editor" }, detailPersonal: { email } });
  });

  it("refuses inviting a member, and accepting into a workspace one already belongs to", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    signInAs(admin.id);
    const refused = await createInvitationAction({ workspaceId: workspace.id, email: admin.email, role: "editor" });
    expect(refused.serverError).toMatchObject({ code: "conflict", message: `${admin.email} is already a member (admin).` });
    expect(await db.select().from(invitations).where(eq(invitations.workspaceId, workspace.id))).toHaveLength(0);

    // Invited first, then made a member another way (e.g. SSO just-in-time membership): accepting changes nothing.
    const person = await createTestUser();
    const issued = await createInvitation(db, { workspaceId: workspace.id, email: person.email, role: "admin", invitedByUserId: admin.id, baseUrl: BASE_URL });
    await addTestMembership(workspace.id, person.id, "marketer");
    signInAs(person.id);
    const accept = await acceptInvitationAsSignedInAction({ token: tokenOf(issued.link) });
    expect(accept.serverError).toMatchObject({ code: "conflict", message: expect.stringContaining("already a member") });
    expect(await roleOf(workspace.id, person.id)).toBe("marketer");
    expect((await getInvitationForToken(db, { token: tokenOf(issued.link) }))?.state).toBe("valid");
  });

  it("checks the new password against the policy and creates nothing when it fails", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const email = `weak-${unique()}@brand.example`;
    const issued = await createInvitation(db, { workspaceId: workspace.id, email, role: "editor", invitedByUserId: admin.id, baseUrl: BASE_URL });
    signInAs(null);
    for (const password of ["short", "password1234", `${email}!`]) {
      const result = await acceptInvitationNewAccountAction({ token: tokenOf(issued.link), name: "Weak", password });
      expect(result.serverError, password).toMatchObject({ code: "invalid_input" });
    }
    const empty = await acceptInvitationNewAccountAction({ token: tokenOf(issued.link), name: " ", password: "" });
    expect(Object.keys(empty.validationErrors?.fieldErrors ?? {}).sort()).toEqual(["name", "password"]);
    expect(await usersWithEmail(email)).toHaveLength(0);
    expect((await getInvitationForToken(db, { token: tokenOf(issued.link) }))?.state).toBe("valid");
  });

  it("refuses passwords in SSO-only mode", async () => {
    const db = await getDb();
    const { workspace, admin } = await workspaceWithAdmin();
    const email = `sso-${unique()}@brand.example`;
    const issued = await createInvitation(db, { workspaceId: workspace.id, email, role: "editor", invitedByUserId: admin.id, baseUrl: BASE_URL });
    await expect(
      acceptInvitationAsNewAccount(db, { token: tokenOf(issued.link), name: "S", password: STRONG_PASSWORD, passwordSignInEnabled: false }),
    ).rejects.toMatchObject({ code: "forbidden", message: expect.stringContaining("SSO only") });
    expect(await usersWithEmail(email)).toHaveLength(0);
  });

  it("answers unknown and malformed tokens with nothing", async () => {
    const db = await getDb();
    expect(await getInvitationForToken(db, { token: "not-a-token" })).toBeNull();
    expect(await getInvitationForToken(db, { token: "A".repeat(43) })).toBeNull();
    signInAs(null);
    const malformed = await acceptInvitationNewAccountAction({ token: "../../etc", name: "X", password: STRONG_PASSWORD });
    expect(malformed.validationErrors?.fieldErrors.token).toEqual(["This invitation link is not valid."]);
  });

  it("audits every event in the workspace's chain, with the new account as the actor of its acceptance", async () => {
    const { workspace, admin } = await workspaceWithAdmin();
    signInAs(admin.id);
    const email = `chain-${unique()}@brand.example`;
    const created = await createInvitationAction({ workspaceId: workspace.id, email, role: "marketer" });
    signInAs(null);
    await acceptInvitationNewAccountAction({ token: tokenOf(created.data!.link), name: "Chain", password: STRONG_PASSWORD });
    const [account] = await usersWithEmail(email);
    const [accepted] = await auditOf(workspace.id, "invitations.accept_new_account");
    expect(accepted).toMatchObject({
      outcome: "success",
      actorUserId: account!.id,
      actorLabel: email,
      targetType: "invitation",
      targetId: created.data!.invitation.id,
      detail: { role: "marketer", account: "created", userId: account!.id },
      detailPersonal: { email },
    });
    expect(JSON.stringify(accepted)).not.toContain(tokenOf(created.data!.link));
    const [issuedEntry] = await auditOf(workspace.id, "invitations.create");
    expect(issuedEntry).toMatchObject({ actorUserId: admin.id, detail: { delivery: "shown_to_admin", resent: false, sendCount: 1 } });
    const db = await getDb();
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true, entries: 2 });
  });
});
