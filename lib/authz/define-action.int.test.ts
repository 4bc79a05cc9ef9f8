import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, memberships, workspaces } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { changeMemberRoleAction, removeMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { createInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { GET as exportAuditCsv } from "@/app/api/audit/export/route";
import { authorizeWorkspaceAccess } from "./authorize";
import { defineAction, workspaceScopedInput } from "./define-action";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

async function auditEntries(workspaceId: string, action: string) {
  const db = await getDb();
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)))
    .orderBy(auditLog.seq);
}

// A test-only action that writes, then fails: proves the wrapper's transaction rolls back.
const renameThenFailAction = defineAction({
  name: "test.rename_then_fail",
  permission: "settings:manage",
  mutates: true,
  input: workspaceScopedInput.extend({ name: z.string() }),
  async handler({ input, ctx }) {
    await ctx.db.update(workspaces).set({ name: input.name }).where(eq(workspaces.id, input.workspaceId));
    throw new AppError("conflict", { key: "code.conflict" });
  },
});

describe("the action wrapper", () => {
  it("runs an allowed action, returns its data and audits who did what to which record", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await changeMemberRoleAction({ workspaceId: workspace.id, userId: members.marketer.id, role: "editor" });
    expect(result.data).toEqual({ userId: members.marketer.id, previousRole: "marketer", role: "editor" });
    const [entry] = await auditEntries(workspace.id, "members.change_role");
    expect(entry).toMatchObject({
      actorUserId: members.admin.id,
      actorLabel: members.admin.email,
      targetType: "user",
      targetId: members.marketer.id,
      outcome: "success",
      detail: { from: "marketer", to: "editor" },
    });
  });

  it("answers malformed input with field errors, changes nothing and audits the refusal", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await createInvitationAction({ workspaceId: workspace.id, email: "not an email", role: "owner" } as never);
    expect(result.serverError).toBeUndefined();
    expect(result.validationErrors?.fieldErrors).toEqual({
      email: ["Enter a valid email address"],
      role: ["Role must be one of: admin, marketer, editor, manager"],
    });
    const [entry] = await auditEntries(workspace.id, "invitations.create");
    expect(entry).toMatchObject({ outcome: "invalid_input", actorUserId: members.admin.id });
  });

  it("keeps the messages of nested fields, saying where each sits, so the form can name what is wrong", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const nestedAction = defineAction({
      name: "test.nested_input",
      permission: "settings:manage",
      mutates: false,
      input: workspaceScopedInput.extend({
        title: z.object({ text: z.string().min(1, "Write a title") }),
        rules: z.object({ bannedTerms: z.array(z.string().max(5, "A banned term has at most 5 characters")) }),
      }),
      async handler() {
        return { ok: true };
      },
    });
    signInAs(members.admin.id);
    const result = await nestedAction({ workspaceId: workspace.id, title: { text: "" }, rules: { bannedTerms: ["ok", "far too long"] } });
    expect(result.validationErrors).toEqual({
      formErrors: [],
      fieldErrors: {
        title: ["Title, text: Write a title"],
        rules: ["Rules, banned terms, item 2: A banned term has at most 5 characters"],
      },
    });
  });

  it("refuses an unknown role on role change", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await changeMemberRoleAction({ workspaceId: workspace.id, userId: members.editor.id, role: "superuser" } as never);
    expect(result.validationErrors?.fieldErrors.role).toBeDefined();
    const db = await getDb();
    const [row] = await db.select().from(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.editor.id)));
    expect(row?.role).toBe("editor");
  });

  it("answers not found for a record in another workspace, never forbidden", async () => {
    const { workspace, members, otherWorkspace, outsider } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await removeMemberAction({ workspaceId: workspace.id, userId: outsider.id });
    expect(result.serverError).toMatchObject({ code: "not_found", message: expect.any(String) });
    // And the outsider's own workspace is untouched.
    const db = await getDb();
    const rows = await db.select().from(memberships).where(eq(memberships.workspaceId, otherWorkspace.id));
    expect(rows.map((r) => r.userId)).toEqual([outsider.id]);
  });

  it("audits a member refused for lack of permission in the workspace's chain", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.marketer.id);
    const result = await removeMemberAction({ workspaceId: workspace.id, userId: members.editor.id });
    expect(result.serverError?.code).toBe("forbidden");
    const [entry] = await auditEntries(workspace.id, "members.remove");
    expect(entry).toMatchObject({ outcome: "denied", actorUserId: members.marketer.id, detail: { reason: "forbidden" } });
  });

  it("rolls back a failing mutation with nothing half-written, and audits the failure", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const result = await renameThenFailAction({ workspaceId: workspace.id, name: "Renamed" });
    expect(result.serverError).toEqual({ code: "conflict", message: "This conflicts with the current state. Reload and try again.", key: "code.conflict", params: {} });
    const db = await getDb();
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row?.name).toBe(workspace.name);
    const entries = await auditEntries(workspace.id, "test.rename_then_fail");
    expect(entries.map((e) => e.outcome)).toEqual(["failed"]);
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).isIntact).toBe(true);
  });

  it("hides unexpected errors behind a generic message", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const brokenAction = defineAction({
      name: "test.broken",
      permission: "audit:read",
      mutates: false,
      input: workspaceScopedInput,
      async handler() {
        throw new Error("connection string postgres://secret@db leaked?");
      },
    });
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    signInAs(members.admin.id);
    const result = await brokenAction({ workspaceId: workspace.id });
    expect(result.serverError).toMatchObject({ code: "internal", message: expect.not.stringContaining("secret") });
    expect(consoleError).toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("takes a removed member's access away on their very next call", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    await expect(authorizeWorkspaceAccess(db, { userId: members.editor.id, workspaceId: workspace.id, permission: "asset:read" })).resolves.toBeDefined();
    signInAs(members.admin.id);
    expect((await removeMemberAction({ workspaceId: workspace.id, userId: members.editor.id })).data).toBeDefined();
    await expect(
      authorizeWorkspaceAccess(db, { userId: members.editor.id, workspaceId: workspace.id, permission: "asset:read" }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("exports the audit log as CSV through the route wrapper, with formulas defused", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    await createInvitationAction({ workspaceId: workspace.id, email: "=cmd@test.example", role: "manager" });
    const response = await exportAuditCsv(new Request(`http://localhost/api/audit/export?workspaceId=${workspace.id}&action=invitations.create`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/csv");
    const csv = await response.text();
    const lines = csv.trim().split("\r\n");
    expect(lines[0]).toBe("time,actor,action,target_type,target_id,outcome,detail,chain_seq,hash");
    expect(lines).toHaveLength(2);
    expect(csv).not.toMatch(/,=cmd/);

    const bad = await exportAuditCsv(new Request(`http://localhost/api/audit/export?workspaceId=${workspace.id}&outcome=maybe`));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid_input" }, fieldErrors: { outcome: expect.any(Array) } });
  });
});
