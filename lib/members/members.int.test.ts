import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { acceptInvitationAsSignedIn } from "@/lib/invitations/accept";
import { createInvitation } from "@/lib/invitations/issue";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";
import { authenticateApiToken } from "@/lib/api-tokens/authenticate-token";
import { createTestPersonalToken, createTestServiceToken } from "@/lib/testing/api-token-fixtures";

async function roleOf(workspaceId: string, userId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

describe("members", () => {
  it("lets one person hold different roles in different workspaces, each joined by accepting an invitation", async () => {
    const db = await getDb();
    const [a, b] = [await createTestWorkspace(), await createTestWorkspace()];
    const [adminA, adminB, person] = [await createTestUser(), await createTestUser(), await createTestUser()];
    for (const [workspace, role, admin] of [[a, "marketer", adminA], [b, "editor", adminB]] as const) {
      const issued = await createInvitation(db, { workspaceId: workspace.id, email: person.email, role, invitedByUserId: admin.id, baseUrl: "http://app.test" });
      expect(await roleOf(workspace.id, person.id), "not a member before accepting").toBeNull();
      const token = issued.link!.split("/invite/")[1]!;
      await acceptInvitationAsSignedIn(db, { token, userId: person.id, userEmail: person.email });
    }
    expect([await roleOf(a.id, person.id), await roleOf(b.id, person.id)]).toEqual(["marketer", "editor"]);
  });

  it("refuses to invite someone who is already a member", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [admin, member] = [await createTestUser(), await createTestUser()];
    await addTestMembership(workspace.id, admin.id, "admin");
    await addTestMembership(workspace.id, member.id, "manager");
    await expect(
      createInvitation(db, { workspaceId: workspace.id, email: ` ${member.email.toUpperCase()} `, role: "admin", invitedByUserId: admin.id, baseUrl: "http://app.test" }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("already a member (manager)") });
    expect(await roleOf(workspace.id, member.id)).toBe("manager");
  });

  it("changes a role and removes a member", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [admin, member] = [await createTestUser(), await createTestUser()];
    await addTestMembership(workspace.id, admin.id, "admin");
    await addTestMembership(workspace.id, member.id, "marketer");
    expect(await changeMemberRole(db, { workspaceId: workspace.id, userId: member.id, role: "editor" })).toEqual({
      userId: member.id,
      previousRole: "marketer",
      role: "editor",
      revokedTokenIds: [],
    });
    await removeMember(db, { workspaceId: workspace.id, userId: member.id });
    expect(await roleOf(workspace.id, member.id)).toBeNull();
  });

  it("never demotes or removes the last admin", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const admin = await createTestUser();
    await addTestMembership(workspace.id, admin.id, "admin");
    await expect(changeMemberRole(db, { workspaceId: workspace.id, userId: admin.id, role: "editor" })).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(removeMember(db, { workspaceId: workspace.id, userId: admin.id })).rejects.toMatchObject({ code: "conflict" });
    expect(await roleOf(workspace.id, admin.id)).toBe("admin");

    const second = await createTestUser();
    await addTestMembership(workspace.id, second.id, "admin");
    await changeMemberRole(db, { workspaceId: workspace.id, userId: admin.id, role: "editor" });
    expect(await roleOf(workspace.id, admin.id)).toBe("editor");
  });

  it("answers not found for a person outside the workspace", async () => {
    const db = await getDb();
    const [workspace, other] = [await createTestWorkspace(), await createTestWorkspace()];
    const elsewhere = await createTestUser();
    await addTestMembership(other.id, elsewhere.id, "marketer");
    await expect(changeMemberRole(db, { workspaceId: workspace.id, userId: elsewhere.id, role: "editor" })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await roleOf(other.id, elsewhere.id)).toBe("marketer");
  });

  it("revokes a removed member's tokens, so re-inviting them does not bring an old token back", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [admin, member] = [await createTestUser(), await createTestUser()];
    await addTestMembership(workspace.id, admin.id, "admin");
    await addTestMembership(workspace.id, member.id, "editor");
    const token = await createTestPersonalToken({ workspaceId: workspace.id, userId: member.id, role: "editor" });
    await authenticateApiToken(db, { token: token.token, ip: null });

    const removed = await removeMember(db, { workspaceId: workspace.id, userId: member.id, revokedByUserId: admin.id });
    expect(removed.revokedTokenIds).toEqual([token.id]);
    const issued = await createInvitation(db, { workspaceId: workspace.id, email: member.email, role: "editor", invitedByUserId: admin.id, baseUrl: "http://app.test" });
    await acceptInvitationAsSignedIn(db, { token: issued.link!.split("/invite/")[1]!, userId: member.id, userEmail: member.email });
    expect(await roleOf(workspace.id, member.id)).toBe("editor");
    await expect(authenticateApiToken(db, { token: token.token, ip: null })).rejects.toThrow("revoked");
  });

  it("revokes a demoted admin's service tokens (a re-promotion does not revive them) and keeps personal tokens following the role", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const [admin, other] = [await createTestUser(), await createTestUser()];
    await addTestMembership(workspace.id, admin.id, "admin");
    await addTestMembership(workspace.id, other.id, "admin");
    const service = await createTestServiceToken({ workspaceId: workspace.id, ownerId: admin.id, role: "editor" });
    const personal = await createTestPersonalToken({ workspaceId: workspace.id, userId: admin.id, role: "admin" });

    const demoted = await changeMemberRole(db, { workspaceId: workspace.id, userId: admin.id, role: "editor", revokedByUserId: other.id });
    expect(demoted.revokedTokenIds).toEqual([service.id]);
    await changeMemberRole(db, { workspaceId: workspace.id, userId: admin.id, role: "admin" });
    await expect(authenticateApiToken(db, { token: service.token, ip: null })).rejects.toThrow("revoked");
    expect((await authenticateApiToken(db, { token: personal.token, ip: null })).membership.role).toBe("admin");
  });
});
