import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { acceptInvitationAsSignedIn } from "@/lib/invitations/accept";
import { createInvitation } from "@/lib/invitations/issue";
import { changeMemberRole } from "./change-member-role";
import { removeMember } from "./remove-member";

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
});
