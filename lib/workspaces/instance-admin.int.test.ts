import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { users, workspaces } from "@/lib/db/schema";
import { getDb } from "@/lib/db/client";
import { listAuditEntries } from "@/lib/audit/list";
import { authorizeWorkspaceAccess } from "@/lib/authz/authorize";
import { addTestMembership, createTestUser, createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { withFreshDatabase } from "@/lib/testing/fresh-database";
import {
  archiveWorkspaceAction,
  createWorkspaceAction,
  grantInstanceOwnerAction,
  renameWorkspaceAction,
  restoreWorkspaceAction,
  revokeInstanceOwnerAction,
} from "@/app/(instance)/instance/workspaces/actions";
import { getMembershipBySlug, listMembershipsOfUser } from "./queries";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

const uniqueSlug = (prefix: string) => `${prefix}-${Math.random().toString(36).slice(2, 8)}`;

let owner: { id: string; email: string };
let fixture: Awaited<ReturnType<typeof createWorkspaceWithEveryRole>>;
beforeAll(async () => {
  owner = await createTestUser({ instanceOwner: true });
  fixture = await createWorkspaceWithEveryRole();
});

describe("instance administration: who may", () => {
  it("refuses workspace admins and everyone else who is not an instance owner, and audits the refusal", async () => {
    const slug = uniqueSlug("refused");
    signInAs(fixture.members.admin.id);
    expect((await createWorkspaceAction({ name: "Refused", slug })).serverError?.code).toBe("forbidden");
    expect((await archiveWorkspaceAction({ targetWorkspaceId: fixture.workspace.id })).serverError?.code).toBe("forbidden");
    expect((await grantInstanceOwnerAction({ email: fixture.members.admin.email })).serverError?.code).toBe("forbidden");
    signInAs(null);
    expect((await createWorkspaceAction({ name: "Refused", slug })).serverError?.code).toBe("unauthorized");

    const db = await getDb();
    expect(await db.select().from(workspaces).where(eq(workspaces.slug, slug))).toEqual([]);
    const [admin] = await db.select().from(users).where(eq(users.id, fixture.members.admin.id));
    expect(admin?.isInstanceOwner).toBe(false);
    expect((await getMembershipBySlug(db, { slug: fixture.workspace.slug, userId: fixture.members.admin.id }))?.role).toBe("admin");
  });
});

describe("workspaces", () => {
  it("an instance owner creates a workspace and becomes its admin; audited in the new workspace's chain", async () => {
    const slug = uniqueSlug("brand");
    signInAs(owner.id);
    const result = await createWorkspaceAction({ name: "  Brand B  ", slug });
    expect(result.serverError).toBeUndefined();
    expect(result.data).toMatchObject({ name: "Brand B", slug });
    const db = await getDb();
    expect(await getMembershipBySlug(db, { slug, userId: owner.id })).toMatchObject({ role: "admin", name: "Brand B" });
    const { entries } = await listAuditEntries(db, { workspaceId: result.data!.id, filters: {}, limit: 10 });
    expect(entries).toEqual([
      expect.objectContaining({ action: "instance.workspace_create", actorUserId: owner.id, outcome: "success", targetId: result.data!.id }),
    ]);
  });

  it("enforces slug rules: shape, reserved top-level routes, uniqueness (archived workspaces keep theirs)", async () => {
    signInAs(owner.id);
    for (const slug of ["setup", "instance", "login", "api", "_next", "Brand-B", "a", "brand_b", "-brand"]) {
      const result = await createWorkspaceAction({ name: "Some Brand", slug });
      expect(result.validationErrors?.fieldErrors.slug?.[0], slug).toBeTruthy();
    }
    const taken = await createWorkspaceAction({ name: "Copy", slug: fixture.workspace.slug });
    expect(taken.serverError).toMatchObject({ code: "conflict", message: expect.stringMatching(/already taken/) });

    const archivedSlug = uniqueSlug("archived");
    const created = (await createWorkspaceAction({ name: "Old Brand", slug: archivedSlug })).data!;
    await archiveWorkspaceAction({ targetWorkspaceId: created.id });
    expect((await createWorkspaceAction({ name: "New Brand", slug: archivedSlug })).serverError?.code).toBe("conflict");
  });

  it("renames, and archiving hides the workspace from its members until it is restored", async () => {
    const db = await getDb();
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(owner.id);
    const renamed = await renameWorkspaceAction({ targetWorkspaceId: workspace.id, name: "Renamed Brand" });
    expect(renamed.data).toMatchObject({ previousName: workspace.name, name: "Renamed Brand" });

    const archived = await archiveWorkspaceAction({ targetWorkspaceId: workspace.id });
    expect(archived.serverError).toBeUndefined();
    for (const member of Object.values(members)) {
      expect(await getMembershipBySlug(db, { slug: workspace.slug, userId: member.id })).toBeNull();
      expect((await listMembershipsOfUser(db, { userId: member.id })).map((m) => m.workspaceId)).not.toContain(workspace.id);
      await expect(authorizeWorkspaceAccess(db, { userId: member.id, workspaceId: workspace.id, permission: "asset:read" })).rejects.toMatchObject({
        code: "not_found",
      });
    }
    expect((await archiveWorkspaceAction({ targetWorkspaceId: workspace.id })).serverError?.code).toBe("conflict");

    const restored = await restoreWorkspaceAction({ targetWorkspaceId: workspace.id });
    expect(restored.serverError).toBeUndefined();
    expect(await getMembershipBySlug(db, { slug: workspace.slug, userId: members.editor.id })).toMatchObject({ role: "editor", name: "Renamed Brand" });

    const { entries } = await listAuditEntries(db, { workspaceId: workspace.id, filters: { action: "instance." }, limit: 10 });
    expect(entries.map((e) => [e.action, e.outcome, e.actorUserId])).toEqual([
      ["instance.workspace_restore", "success", owner.id],
      ["instance.workspace_archive", "success", owner.id],
      ["instance.workspace_rename", "success", owner.id],
    ]);
    // The refused second archive is audited too (in the global chain: nothing changed in the workspace).
    const { auditLog } = await import("@/lib/db/schema");
    const refusals = await db.select().from(auditLog).where(eq(auditLog.action, "instance.workspace_archive"));
    expect(refusals.filter((e) => e.outcome === "failed" && e.actorUserId === owner.id && e.workspaceId === null).length).toBeGreaterThanOrEqual(1);
  });

  it("an unknown workspace answers not_found", async () => {
    signInAs(owner.id);
    expect((await archiveWorkspaceAction({ targetWorkspaceId: "ws_missing" })).serverError?.code).toBe("not_found");
  });
});

describe("instance owners", () => {
  it("grants by the email of an existing account, refuses unknown emails; audited", async () => {
    const db = await getDb();
    const person = await createTestUser();
    signInAs(owner.id);
    expect((await grantInstanceOwnerAction({ email: `missing-${person.email}` })).serverError?.code).toBe("not_found");
    const granted = await grantInstanceOwnerAction({ email: person.email.toUpperCase() });
    expect(granted.data).toEqual({ userId: person.id, email: person.email });
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row?.isInstanceOwner).toBe(true);
    expect((await grantInstanceOwnerAction({ email: person.email })).serverError?.code).toBe("conflict");

    // The new owner may act at once; the revoked one loses it at once.
    signInAs(person.id);
    expect((await revokeInstanceOwnerAction({ userId: person.id })).data).toMatchObject({ userId: person.id });
    expect((await createWorkspaceAction({ name: "After", slug: uniqueSlug("after") })).serverError?.code).toBe("forbidden");
  });

  it("never removes the last instance owner, also not yourself", async () => {
    await withFreshDatabase(async (db) => {
      const only = await createTestUser({ instanceOwner: true });
      const other = await createTestUser();
      signInAs(only.id);
      const refused = await revokeInstanceOwnerAction({ userId: only.id });
      expect(refused.serverError).toMatchObject({ code: "conflict", message: expect.stringMatching(/at least one owner/) });
      // A disabled owner does not count as the remaining one.
      const disabled = await createTestUser({ instanceOwner: true, disabled: true });
      expect((await revokeInstanceOwnerAction({ userId: only.id })).serverError?.code).toBe("conflict");

      expect((await grantInstanceOwnerAction({ email: other.email })).data?.userId).toBe(other.id);
      expect((await revokeInstanceOwnerAction({ userId: only.id })).data?.userId).toBe(only.id);
      signInAs(other.id);
      expect((await revokeInstanceOwnerAction({ userId: other.id })).serverError?.code).toBe("conflict");
      expect((await revokeInstanceOwnerAction({ userId: disabled.id })).data?.userId).toBe(disabled.id);
      const owners = await db.select({ id: users.id }).from(users).where(eq(users.isInstanceOwner, true));
      expect(owners).toEqual([{ id: other.id }]);

      // Refusals and changes are audited (global chain: not a workspace event).
      const { auditLog } = await import("@/lib/db/schema");
      const entries = await db.select().from(auditLog).where(eq(auditLog.action, "instance.owner_revoke"));
      expect(entries.filter((e) => e.outcome === "success").length).toBe(2);
      expect(entries.filter((e) => e.outcome === "failed").length).toBe(3);
      expect(entries.every((e) => e.workspaceId === null)).toBe(true);
    });
  });

  it("an instance owner who is not a member cannot open the workspace through membership checks", async () => {
    const db = await getDb();
    const stranger = await createTestUser({ instanceOwner: true });
    await expect(authorizeWorkspaceAccess(db, { userId: stranger.id, workspaceId: fixture.workspace.id, permission: "asset:read" })).rejects.toMatchObject({
      code: "not_found",
    });
    await addTestMembership(fixture.workspace.id, stranger.id, "manager");
    expect((await authorizeWorkspaceAccess(db, { userId: stranger.id, workspaceId: fixture.workspace.id, permission: "asset:read" })).membership.role).toBe(
      "manager",
    );
  });
});
