import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createPersonalTokenAction, revokeOwnTokenAction } from "@/app/(account)/account/api-token-actions";
import { createServiceTokenAction, revokeTokenAction } from "@/app/(app)/[workspace]/admin/api-tokens/actions";
import { apiTokens, auditLog, memberships } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { createTestPersonalToken, createTestServiceToken, expireTestToken } from "@/lib/testing/api-token-fixtures";
import { authenticateApiToken, LAST_USED_WRITE_INTERVAL_MS } from "./authenticate-token";
import { listWorkspaceTokens } from "./manage-tokens";
import { hashTokenSecret, parseApiToken } from "./token-format";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
beforeAll(async () => {
  fixture = await createWorkspaceWithEveryRole();
});

const rowOf = async (id: string) => (await (await getDb()).select().from(apiTokens).where(eq(apiTokens.id, id)))[0]!;

describe("token lifecycle", () => {
  it("creates a personal token shown once, stores only the secret's hash, and audits the creation without the token", async () => {
    signInAs(fixture.members.marketer.id);
    const result = await createPersonalTokenAction({ workspaceId: fixture.workspace.id, name: "CMS", expiresInDays: 30, scopes: ["knowledge:read"] });
    const created = result.data!;
    expect(created.token).toMatch(/^bp_[0-9a-f]{12}_/);
    const row = await rowOf(created.id);
    expect(row.secretHash).toBe(hashTokenSecret(parseApiToken(created.token)!.secret));
    expect(JSON.stringify(row)).not.toContain(parseApiToken(created.token)!.secret);
    expect(row).toMatchObject({ kind: "personal", userId: fixture.members.marketer.id, scopes: ["knowledge:read"], revokedAt: null });
    expect(row.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);

    const db = await getDb();
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.action, "tokens.create_personal"), eq(auditLog.targetId, created.id)));
    expect(entry).toMatchObject({ outcome: "success", workspaceId: fixture.workspace.id });
    expect(JSON.stringify(entry)).not.toContain(created.token);
  });

  it("refuses scopes beyond the member's role, an expiry over a year, and service tokens from non-admins", async () => {
    signInAs(fixture.members.marketer.id);
    const beyond = await createPersonalTokenAction({ workspaceId: fixture.workspace.id, name: "x", expiresInDays: 30, scopes: ["knowledge:write"] });
    expect(beyond.serverError).toMatchObject({ code: "invalid_input", message: expect.stringContaining("knowledge:write") });
    const tooLong = await createPersonalTokenAction({ workspaceId: fixture.workspace.id, name: "x", expiresInDays: 366, scopes: null });
    expect(tooLong.validationErrors?.fieldErrors.expiresInDays?.[0]).toContain("365 days");
    const service = await createServiceTokenAction({ workspaceId: fixture.workspace.id, name: "x", role: "marketer", expiresInDays: 30, scopes: null });
    expect(service.serverError?.code).toBe("forbidden");
  });

  it("lets members revoke only their own tokens and admins any; a revoked token is refused", async () => {
    const editorToken = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.editor.id, role: "editor" });
    signInAs(fixture.members.marketer.id);
    expect((await revokeOwnTokenAction({ workspaceId: fixture.workspace.id, tokenId: editorToken.id })).serverError?.code).toBe("not_found");
    signInAs(fixture.members.admin.id);
    expect((await revokeTokenAction({ workspaceId: fixture.workspace.id, tokenId: editorToken.id })).data).toEqual({ id: editorToken.id });
    expect((await rowOf(editorToken.id)).revokedByUserId).toBe(fixture.members.admin.id);
    await expect(authenticateApiToken(await getDb(), { token: editorToken.token, ip: null })).rejects.toThrow("revoked");

    const own = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.editor.id, role: "editor" });
    signInAs(fixture.members.editor.id);
    expect((await revokeOwnTokenAction({ workspaceId: fixture.workspace.id, tokenId: own.id })).data).toEqual({ id: own.id });
    // Another workspace's admin cannot reach this workspace's token.
    signInAs(fixture.outsider.id);
    expect((await revokeTokenAction({ workspaceId: fixture.otherWorkspace.id, tokenId: own.id })).serverError?.code).toBe("not_found");
  });

  it("refuses an expired token", async () => {
    const token = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager" });
    await expireTestToken(token.id);
    await expect(authenticateApiToken(await getDb(), { token: token.token, ip: null })).rejects.toThrow("expired");
  });

  it("records last use with its address at most once a minute", async () => {
    const db = await getDb();
    const token = await createTestPersonalToken({ workspaceId: fixture.workspace.id, userId: fixture.members.manager.id, role: "manager" });
    const start = new Date();
    await authenticateApiToken(db, { token: token.token, ip: "203.0.113.7", now: start });
    expect(await rowOf(token.id)).toMatchObject({ lastUsedAt: start, lastUsedIp: "203.0.113.7" });
    await authenticateApiToken(db, { token: token.token, ip: "203.0.113.8", now: new Date(start.getTime() + 5_000) });
    expect(await rowOf(token.id)).toMatchObject({ lastUsedAt: start, lastUsedIp: "203.0.113.7" });
    const later = new Date(start.getTime() + LAST_USED_WRITE_INTERVAL_MS + 1_000);
    await authenticateApiToken(db, { token: token.token, ip: "203.0.113.9", now: later });
    expect(await rowOf(token.id)).toMatchObject({ lastUsedAt: later, lastUsedIp: "203.0.113.9" });
  });
});

describe("admin token list", () => {
  it("lists live tokens before revoked and expired ones, so the cap never hides a live token", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    const live = await createTestPersonalToken({ workspaceId: workspace.id, userId: members.editor.id, role: "editor", name: "live" });
    const expired = await createTestPersonalToken({ workspaceId: workspace.id, userId: members.editor.id, role: "editor", name: "expired" });
    await expireTestToken(expired.id);
    const revoked = await createTestServiceToken({ workspaceId: workspace.id, ownerId: members.admin.id, role: "editor", name: "revoked" });
    await db.update(apiTokens).set({ revokedAt: new Date() }).where(eq(apiTokens.id, revoked.id));
    const newest = await createTestServiceToken({ workspaceId: workspace.id, ownerId: members.admin.id, role: "editor", name: "newest" });
    // Created one after another: the dead ones are newer than `live`, yet listed after it.
    expect((await listWorkspaceTokens(db, { workspaceId: workspace.id })).map((token) => token.name)).toEqual(["newest", "live", "revoked", "expired"]);
  });
});

describe("rights follow the member", () => {
  it("a demoted member's personal token loses what the member lost", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    const token = await createTestPersonalToken({ workspaceId: workspace.id, userId: members.editor.id, role: "editor" });
    expect((await authenticateApiToken(db, { token: token.token, ip: null })).permissions.has("knowledge:write")).toBe(true);
    await db.update(memberships).set({ role: "manager" }).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.editor.id)));
    const after = await authenticateApiToken(db, { token: token.token, ip: null });
    expect(after.permissions.has("knowledge:write")).toBe(false);
    expect(after.membership.role).toBe("manager");
    await db.delete(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.editor.id)));
    await expect(authenticateApiToken(db, { token: token.token, ip: null })).rejects.toThrow("no longer belongs");
  });

  it("a service token acts with its own role, and stops working when its owner leaves or is no longer an admin", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    const token = await createTestServiceToken({ workspaceId: workspace.id, ownerId: members.admin.id, role: "editor" });
    const caller = await authenticateApiToken(db, { token: token.token, ip: null });
    expect(caller).toMatchObject({ actor: { id: members.admin.id }, membership: { role: "editor" }, token: { kind: "service" } });
    expect(caller.permissions.has("members:manage")).toBe(false);

    await db.update(memberships).set({ role: "marketer" }).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.admin.id)));
    await expect(authenticateApiToken(db, { token: token.token, ip: null })).rejects.toThrow("no longer an admin");
    await db.update(memberships).set({ role: "admin" }).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.admin.id)));
    await authenticateApiToken(db, { token: token.token, ip: null });
    await db.delete(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.admin.id)));
    await expect(authenticateApiToken(db, { token: token.token, ip: null })).rejects.toThrow("no longer belongs");
  });
});
