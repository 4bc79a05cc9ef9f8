import { describe, expect, it, vi } from "vitest";
import { and, eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog, memberships } from "@/lib/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";
import { pseudonymName } from "@/lib/data-protection/pseudonym";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { changeMemberRoleAction, eraseFormerMemberAction, removeMemberAction } from "@/app/(app)/[workspace]/admin/members/actions";
import { createInvitationAction } from "@/app/(app)/[workspace]/admin/members/invitation-actions";
import { GET as exportAuditCsv } from "@/app/api/audit/export/route";
import { listFormerMembers } from "./former-members";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

async function exportCsv(workspaceId: string) {
  const response = await exportAuditCsv(new Request(`http://localhost/api/audit/export?workspaceId=${workspaceId}`));
  expect(response.status).toBe(200);
  return response.text();
}

describe("erasure through the members admin actions", () => {
  it("removes and erases in one action, audited as members.remove and member.erase without the e-mail", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    signInAs(members.admin.id);
    await changeMemberRoleAction({ workspaceId: workspace.id, userId: members.editor.id, role: "admin" });
    // Now an admin, they invite someone: the log holds their label and an e-mail in personal detail.
    signInAs(members.editor.id);
    expect((await createInvitationAction({ workspaceId: workspace.id, email: "invited.by.editor@test.example", role: "manager" })).serverError).toBeUndefined();
    signInAs(members.admin.id);
    expect(await exportCsv(workspace.id)).toContain(members.editor.email);

    const result = await removeMemberAction({ workspaceId: workspace.id, userId: members.editor.id, erasePersonalData: true });
    expect(result.serverError).toBeUndefined();
    expect(result.data?.erasure).toMatchObject({ pseudonym: pseudonymName(members.editor.id), accountDeleted: true });
    expect(await db.select().from(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, members.editor.id)))).toEqual([]);

    const entries = await db.select().from(auditLog).where(eq(auditLog.chainKey, workspace.id)).orderBy(auditLog.chainSeq);
    expect(entries.slice(-2).map((e) => [e.action, e.targetId])).toEqual([
      ["member.erase", members.editor.id],
      ["members.remove", members.editor.id],
    ]);
    expect(JSON.stringify(entries.slice(-2))).not.toContain(members.editor.email);

    const csv = await exportCsv(workspace.id);
    expect(csv).not.toContain(members.editor.email);
    expect(csv).toContain(pseudonymName(members.editor.id));
    // Someone else's address the editor typed stays: it is that person's, not the editor's.
    expect(csv).toContain("invited.by.editor@test.example");
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).isIntact).toBe(true);
  });

  it("erases a former member from the list, and refuses a current member", async () => {
    const { workspace, members } = await createWorkspaceWithEveryRole();
    const db = await getDb();
    signInAs(members.admin.id);
    expect((await eraseFormerMemberAction({ workspaceId: workspace.id, userId: members.marketer.id })).serverError).toMatchObject({ code: "conflict" });
    await removeMemberAction({ workspaceId: workspace.id, userId: members.marketer.id });
    expect((await listFormerMembers(db, { workspaceId: workspace.id })).map((m) => m.userId)).toEqual([members.marketer.id]);

    const erased = await eraseFormerMemberAction({ workspaceId: workspace.id, userId: members.marketer.id });
    expect(erased.data).toMatchObject({ pseudonym: pseudonymName(members.marketer.id), accountDeleted: true });
    expect(await listFormerMembers(db, { workspaceId: workspace.id })).toEqual([]);
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "member.erase"), eq(auditLog.outcome, "success")));
    expect(entry).toMatchObject({ actorUserId: members.admin.id, targetId: members.marketer.id, detail: expect.objectContaining({ accountDeleted: true }) });
    expect(JSON.stringify(entry)).not.toContain(members.marketer.email);
  });
});
