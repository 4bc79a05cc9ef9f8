import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships, users } from "@/lib/db/schema";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { verifyPassword } from "@/lib/auth/password";
import { addMember } from "./add-member";
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
  it("adds a new person with a one-time password that signs them in", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const suffix = Date.now().toString(36);
    const result = await addMember(db, { workspaceId: workspace.id, email: `  New.Person.${suffix}@Test.Example `, role: "editor" });
    expect(result).toMatchObject({ email: `new.person.${suffix}@test.example`, role: "editor" });
    expect(result.initialPassword).toMatch(/^[\w-]{16}$/);
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(await verifyPassword(user!.passwordHash!, result.initialPassword!)).toBe(true);
    expect(await roleOf(workspace.id, result.userId)).toBe("editor");
  });

  it("adds an existing account without touching its password, and refuses a duplicate", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const existing = await createTestUser({ password: "existing-password-123" });
    const result = await addMember(db, { workspaceId: workspace.id, email: existing.email, role: "manager" });
    expect(result).toMatchObject({ userId: existing.id, initialPassword: null });
    await expect(addMember(db, { workspaceId: workspace.id, email: existing.email, role: "admin" })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("already a member (manager)"),
    });
    expect(await roleOf(workspace.id, existing.id)).toBe("manager");
  });

  it("lets one person hold different roles in different workspaces", async () => {
    const db = await getDb();
    const [a, b] = [await createTestWorkspace(), await createTestWorkspace()];
    const person = await createTestUser();
    await addMember(db, { workspaceId: a.id, email: person.email, role: "marketer" });
    await addMember(db, { workspaceId: b.id, email: person.email, role: "editor" });
    expect([await roleOf(a.id, person.id), await roleOf(b.id, person.id)]).toEqual(["marketer", "editor"]);
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
