import { randomBytes } from "node:crypto";
import { memberships, users, workspaces } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { ROLES, type Role } from "@/lib/authz/roles";
import { createId } from "@/lib/ids";
import { hashPassword } from "@/lib/auth/password";

const unique = () => randomBytes(5).toString("hex");

export async function createTestUser(options: { email?: string; password?: string; disabled?: boolean; instanceOwner?: boolean } = {}) {
  const db = await getDb();
  const id = createId("user");
  const email = (options.email ?? `user-${unique()}@test.example`).toLowerCase();
  await db.insert(users).values({
    id,
    email,
    name: email.split("@")[0]!,
    passwordHash: options.password ? await hashPassword(options.password) : null,
    disabledAt: options.disabled ? new Date() : null,
    isInstanceOwner: options.instanceOwner ?? false,
  });
  return { id, email };
}

export async function createTestWorkspace(name = "Test Brand") {
  const db = await getDb();
  const id = createId("workspace");
  const slug = `test-${unique()}`;
  await db.insert(workspaces).values({ id, slug, name });
  return { id, slug, name };
}

export async function addTestMembership(workspaceId: string, userId: string, role: Role) {
  const db = await getDb();
  await db.insert(memberships).values({ workspaceId, userId, role });
}

/** A workspace with one member per role, plus a user who belongs only to another workspace. */
export async function createWorkspaceWithEveryRole() {
  const workspace = await createTestWorkspace();
  const members = {} as Record<Role, { id: string; email: string }>;
  for (const role of ROLES) {
    members[role] = await createTestUser();
    await addTestMembership(workspace.id, members[role].id, role);
  }
  const otherWorkspace = await createTestWorkspace("Other Brand");
  const outsider = await createTestUser();
  await addTestMembership(otherWorkspace.id, outsider.id, "admin");
  return { workspace, members, otherWorkspace, outsider };
}
