import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, invitations, memberships, passwordResetTokens, rateLimits, userSessions, users } from "@/lib/db/schema";
import { appendAuditEntry } from "@/lib/audit/append";
import { GLOBAL_CHAIN } from "@/lib/audit/hash";
import { verifyAuditChain } from "@/lib/audit/verify";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createUserSession } from "@/lib/auth/user-sessions";
import { acceptInvitationAsSignedIn } from "@/lib/invitations/accept";
import { createInvitation } from "@/lib/invitations/issue";
import { removeMember } from "@/lib/members/remove-member";
import { pseudonymEmail, pseudonymName } from "@/lib/data-protection/pseudonym";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { countScannedTextColumns, findTextColumnsContaining } from "@/lib/testing/text-column-scan";
import { erasePersonalData } from "./erase-personal-data";
import { listFormerMembers } from "./former-members";
import { removeMemberAndErase } from "./remove-and-erase";

const PASSWORD = "correct horse battery staple 42";

/** A person with a distinctive name, so the scan cannot confuse them with anyone else. */
async function createPerson(label: string) {
  const db = await getDb();
  const tag = randomBytes(4).toString("hex");
  const user = await createTestUser({ email: `${label}.${tag}@brand.example`, password: PASSWORD });
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} Quistgaard${tag}`;
  await db.update(users).set({ name }).where(eq(users.id, user.id));
  return { ...user, name };
}

/**
 * The person leaves traces everywhere a real one does: invited and accepted (invitations), signs
 * in (global chain with e-mail label and IP, sign-in counters keyed by e-mail, a session with IP and
 * device), fails a sign-in, renames themselves, gets a reset link, acts in the workspace, is named
 * in a colleague's comment, and holds an open invitation elsewhere.
 */
async function leaveTraces(options: { workspaceId: string; admin: { id: string; email: string }; person: { id: string; email: string; name: string } }) {
  const db = await getDb();
  const { workspaceId, admin, person } = options;
  const issued = await createInvitation(db, { workspaceId, email: person.email, role: "marketer", invitedByUserId: admin.id, baseUrl: "http://app.test" });
  await appendAuditEntry(db, {
    workspaceId,
    actorUserId: admin.id,
    actorLabel: admin.email,
    action: "invitations.create",
    targetType: "invitation",
    targetId: issued.invitation.id,
    outcome: "success",
    detail: { email: person.email, role: "marketer" },
    ip: "192.0.2.1",
  });
  await acceptInvitationAsSignedIn(db, { token: issued.link!.split("/invite/")[1]!, userId: person.id, userEmail: person.email });
  await appendAuditEntry(db, {
    workspaceId,
    actorUserId: person.id,
    actorLabel: person.email,
    action: "invitations.accept",
    targetType: "invitation",
    targetId: issued.invitation.id,
    outcome: "success",
    detail: { email: person.email, role: "marketer", account: "existing" },
    ip: "203.0.113.7",
  });
  await verifyCredentials(db, { email: person.email, password: "wrong password", ip: "203.0.113.7" });
  await verifyCredentials(db, { email: person.email, password: PASSWORD, ip: "203.0.113.7" });
  await createUserSession(db, { userId: person.id, method: "password", ip: "203.0.113.7", userAgent: "Mozilla/5.0 (X11; Linux) Firefox/140.0" });
  await appendAuditEntry(db, {
    workspaceId: null,
    actorUserId: person.id,
    actorLabel: person.email,
    action: "account.update_name",
    targetType: "user",
    targetId: person.id,
    outcome: "success",
    detail: { from: `${person.name} (old name)`.replace("Quistgaard", "Q."), to: person.name },
    ip: "203.0.113.7",
  });
  await db.insert(passwordResetTokens).values({ id: `prt_${randomBytes(6).toString("hex")}`, userId: person.id, tokenHash: randomBytes(32).toString("hex"), issuedBy: "admin", issuedByUserId: admin.id, expiresAt: new Date(Date.now() + 3_600_000) });
  await appendAuditEntry(db, {
    workspaceId,
    actorUserId: admin.id,
    actorLabel: admin.email,
    action: "members.issue_reset_link",
    targetType: "user",
    targetId: person.id,
    outcome: "success",
    detail: { email: person.email, emailed: false },
  });
  await appendAuditEntry(db, {
    workspaceId,
    actorUserId: person.id,
    actorLabel: person.email,
    action: "assets.restore_version",
    targetType: "asset",
    targetId: "ast_1",
    outcome: "success",
    detail: { restored: 1, newVersion: 2 },
    ip: "203.0.113.7",
  });
  await appendAuditEntry(db, {
    workspaceId,
    actorUserId: admin.id,
    actorLabel: admin.email,
    action: "review.request_changes",
    targetType: "asset",
    targetId: "ast_1",
    outcome: "success",
    detail: { version: 2, comment: `Please check with ${person.name} (${person.email.toUpperCase()}) before publishing` },
  });
  const elsewhere = await createTestWorkspace("Elsewhere");
  await createInvitation(db, { workspaceId: elsewhere.id, email: person.email, role: "editor", invitedByUserId: admin.id, baseUrl: "http://app.test" });
}

async function setUp() {
  const workspace = await createTestWorkspace();
  const admin = await createTestUser();
  await addTestMembership(workspace.id, admin.id, "admin");
  const person = await createPerson("zelda");
  await leaveTraces({ workspaceId: workspace.id, admin, person });
  return { workspace, admin, person };
}

describe("erasure of a person", () => {
  it("leaves no trace of their e-mail or name in any text column, and every chain still verifies", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    // Someone else, in another workspace, whose records must stay as they are.
    const other = await createTestWorkspace("Other");
    const otherAdmin = await createTestUser();
    await addTestMembership(other.id, otherAdmin.id, "admin");
    const bystander = await createPerson("oskar");
    await leaveTraces({ workspaceId: other.id, admin: otherAdmin, person: bystander });
    const bystanderBefore = await findTextColumnsContaining(bystander.email);

    expect((await findTextColumnsContaining(person.email)).length, "the traces exist before").toBeGreaterThan(4);
    await removeMember(db, { workspaceId: workspace.id, userId: person.id });
    const report = await erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id });

    expect(await countScannedTextColumns()).toBeGreaterThan(50);
    expect(await findTextColumnsContaining(person.email)).toEqual([]);
    expect(await findTextColumnsContaining(person.name)).toEqual([]);
    expect(await findTextColumnsContaining(`${person.name} (old name)`.replace("Quistgaard", "Q."))).toEqual([]);
    expect(report).toMatchObject({ userId: person.id, pseudonym: pseudonymName(person.id), accountDeleted: true, accountKeptBecause: null });
    const counts = Object.fromEntries(report.tables.map((row) => [row.table, row]));
    expect(counts["audit_log (this workspace)"]!.changed).toBe(5);
    expect(counts["invitations (this workspace)"]!.deleted).toBe(1);
    expect(counts["invitations (other workspaces)"]!.deleted).toBe(1);
    expect(counts["user_sessions"]!.deleted).toBe(1);
    expect(counts["password_reset_tokens"]!.deleted).toBe(1);
    expect(counts["rate_limits"]!.deleted).toBeGreaterThan(0);
    expect(counts["audit_log (sign-ins and other workspaces)"]!.changed).toBe(3);

    const [account] = await db.select().from(users).where(eq(users.id, person.id));
    expect(account).toMatchObject({ email: pseudonymEmail(person.id), name: pseudonymName(person.id), passwordHash: null, sessionVersion: 1 });
    expect(account!.erasedAt).toBeInstanceOf(Date);
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, person.id))).toEqual([]);

    const workspaceChain = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(workspaceChain).toMatchObject({ isIntact: true, erasedEntries: 5 });
    expect(await verifyAuditChain(db, { workspaceId: null })).toMatchObject({ chainKey: GLOBAL_CHAIN, isIntact: true });

    const erasedEntries = await db.select().from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.actorUserId, person.id)));
    expect(erasedEntries.map((e) => [e.actorLabel, e.ip])).toEqual(erasedEntries.map(() => [pseudonymName(person.id), null]));

    expect(await findTextColumnsContaining(bystander.email)).toEqual(bystanderBefore);
    expect(await verifyAuditChain(db, { workspaceId: other.id })).toMatchObject({ isIntact: true, erasedEntries: 0 });
  });

  it("is harmless the second time", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    await removeMember(db, { workspaceId: workspace.id, userId: person.id });
    await erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id });
    const again = await erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id });
    expect(again.tables.filter((row) => row.changed + row.deleted > 0)).toEqual([]);
    const [account] = await db.select({ sessionVersion: users.sessionVersion, email: users.email }).from(users).where(eq(users.id, person.id));
    expect(account).toEqual({ sessionVersion: 1, email: pseudonymEmail(person.id) });
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).isIntact).toBe(true);
  });

  it("keeps the account of someone still in another workspace, and says so", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    const stillThere = await createTestWorkspace();
    await addTestMembership(stillThere.id, person.id, "editor");
    const report = await removeMemberAndErase(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin });
    expect(report.erasure).toMatchObject({ accountDeleted: false, accountKeptBecause: "member_of_other_workspace" });
    const [account] = await db.select({ email: users.email, erasedAt: users.erasedAt }).from(users).where(eq(users.id, person.id));
    expect(account).toEqual({ email: person.email, erasedAt: null });
    expect(await db.select().from(memberships).where(eq(memberships.userId, person.id))).toHaveLength(1);
    // This workspace's records no longer name them; the account's own records do (it is still theirs).
    const workspaceChain = JSON.stringify(await db.select().from(auditLog).where(eq(auditLog.chainKey, workspace.id))).toLowerCase();
    expect(workspaceChain).not.toContain(person.email);
    expect(workspaceChain).not.toContain(person.name.toLowerCase());
    expect((await findTextColumnsContaining(person.email)).filter((hit) => hit.startsWith("invitations") || hit.startsWith("audit_log"))).toEqual([
      "audit_log.actor_label (3 rows)", // the global chain: sign-ins and their own rename
      "invitations.email (1 rows)",
    ]);
    const [erasureEntry] = await db.select().from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "member.erase")));
    expect(erasureEntry).toMatchObject({ targetId: person.id, detail: expect.objectContaining({ pseudonym: pseudonymName(person.id), accountDeleted: false }) });
    expect(JSON.stringify(erasureEntry)).not.toContain(person.email);
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).isIntact).toBe(true);
  });

  it("refuses a current member, oneself and someone with no record in the workspace", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    await expect(erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("still a member"),
    });
    await expect(erasePersonalData(db, { workspaceId: workspace.id, userId: admin.id, erasedBy: admin.id })).rejects.toMatchObject({ code: "conflict" });
    const stranger = await createTestUser();
    await expect(erasePersonalData(db, { workspaceId: workspace.id, userId: stranger.id, erasedBy: admin.id })).rejects.toMatchObject({ code: "not_found" });
    const [account] = await db.select({ email: users.email }).from(users).where(eq(users.id, person.id));
    expect(account!.email).toBe(person.email);
  });

  it("never erases the last admin (removal refuses first)", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [admin, other] = [await createTestUser(), await createTestUser()];
    await addTestMembership(workspace.id, admin.id, "admin");
    await expect(removeMemberAndErase(db, { workspaceId: workspace.id, userId: admin.id, erasedBy: other })).rejects.toMatchObject({ code: "conflict" });
    expect(await db.select().from(memberships).where(eq(memberships.workspaceId, workspace.id))).toHaveLength(1);
  });

  it("lists former members until their data is erased", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    expect(await listFormerMembers(db, { workspaceId: workspace.id })).toEqual([]);
    await removeMember(db, { workspaceId: workspace.id, userId: person.id });
    expect((await listFormerMembers(db, { workspaceId: workspace.id })).map((m) => [m.userId, m.email])).toEqual([[person.id, person.email]]);
    const report = await erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id });
    await appendAuditEntry(db, { workspaceId: workspace.id, actorUserId: admin.id, actorLabel: admin.email, action: "member.erase", targetType: "user", targetId: person.id, outcome: "success", detail: { pseudonym: report.pseudonym } });
    expect(await listFormerMembers(db, { workspaceId: workspace.id })).toEqual([]);
  });

  it("still detects a changed actor label on an entry that was not erased", async () => {
    const db = await getDb();
    const { workspace, admin, person } = await setUp();
    await removeMember(db, { workspaceId: workspace.id, userId: person.id });
    await erasePersonalData(db, { workspaceId: workspace.id, userId: person.id, erasedBy: admin.id });
    await appendAuditEntry(db, { workspaceId: workspace.id, actorUserId: admin.id, actorLabel: admin.email, action: "test.after", outcome: "success" });
    const [fresh] = await db.select({ seq: auditLog.seq, chainSeq: auditLog.chainSeq }).from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "test.after")));
    await db.update(auditLog).set({ actorLabel: "someone.else@brand.example" }).where(eq(auditLog.seq, fresh!.seq));
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).problems).toEqual([expect.objectContaining({ chainSeq: fresh!.chainSeq, kind: "altered" })]);
  });

  it("replaces only whole addresses and whole words: erasing Mark / bob@ leaves Marketing EU and jimbob@ alone", async () => {
    const db = await getDb();
    const tag = randomBytes(4).toString("hex");
    const workspace = await createTestWorkspace();
    const admin = await createTestUser();
    await addTestMembership(workspace.id, admin.id, "admin");
    const mark = await createTestUser({ email: `bob.${tag}@x.io`, password: PASSWORD });
    await db.update(users).set({ name: "Mark" }).where(eq(users.id, mark.id));
    const jim = await createTestUser({ email: `jimbob.${tag}@x.io`, password: PASSWORD });
    await addTestMembership(workspace.id, mark.id, "marketer");
    const entry = (action: string, actor: { id: string; email: string }, detail: Record<string, unknown>) =>
      appendAuditEntry(db, { workspaceId: workspace.id, actorUserId: actor.id, actorLabel: actor.email, action, outcome: "success", detail, ip: "192.0.2.5" });
    await entry("test.by_mark", mark, { version: 1 });
    await entry("test.mentions_both", admin, { comment: `Marketing EU: ask Mark, not ${jim.email}`, email: jim.email });
    await entry("test.by_jim", jim, { comment: "Marketing EU signed off", cc: [jim.email] });
    for (const person of [mark, jim]) await verifyCredentials(db, { email: person.email, password: "wrong password", ip: "203.0.113.9" });
    const jimCountersBefore = await db.select().from(rateLimits).where(sql`${rateLimits.key} like ${`%${jim.email}%`}`);
    expect(jimCountersBefore.length).toBeGreaterThan(0);

    await removeMember(db, { workspaceId: workspace.id, userId: mark.id });
    await erasePersonalData(db, { workspaceId: workspace.id, userId: mark.id, erasedBy: admin.id });

    const rows = await db.select().from(auditLog).where(eq(auditLog.chainKey, workspace.id)).orderBy(auditLog.chainSeq);
    const byAction = (action: string) => rows.find((row) => row.action === action)!;
    expect(byAction("test.mentions_both").detailPersonal).toEqual({ comment: `Marketing EU: ask ${pseudonymName(mark.id)}, not ${jim.email}`, email: jim.email });
    expect(byAction("test.by_jim")).toMatchObject({ actorLabel: jim.email, ip: "192.0.2.5", personalErasedAt: null, detailPersonal: { comment: "Marketing EU signed off", cc: [jim.email] } });
    expect(await db.select().from(rateLimits).where(sql`${rateLimits.key} like ${`%${jim.email}%`}`)).toHaveLength(jimCountersBefore.length);
    expect(await db.select().from(rateLimits).where(sql`${rateLimits.key} like ${`%:${mark.email}%`}`)).toEqual([]);
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true });
  });
});
