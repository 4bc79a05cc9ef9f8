import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { memberships } from "@/lib/db/schema";
import { addTestMembership, createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { appendAuditEntry } from "./append";
import { listMemberSignInEvents } from "./member-sign-ins";

async function globalAuthEvent(options: {
  actorUserId: string | null;
  actorLabel: string;
  action?: "auth.sign_in" | "auth.sign_out";
  outcome?: "success" | "failed";
}) {
  await appendAuditEntry(await getDb(), {
    workspaceId: null,
    actorUserId: options.actorUserId,
    actorLabel: options.actorLabel,
    action: options.action ?? "auth.sign_in",
    targetType: "user",
    targetId: options.actorUserId,
    outcome: options.outcome ?? "success",
  });
}

describe("sign-ins of a workspace's members", () => {
  it("lists members' sign-ins, failed sign-ins and sign-outs, never anyone else's", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const otherWorkspace = await createTestWorkspace("Other Brand");
    const member = await createTestUser();
    const outsider = await createTestUser();
    const otherMember = await createTestUser();
    await addTestMembership(workspace.id, member.id, "editor");
    await addTestMembership(otherWorkspace.id, otherMember.id, "admin");

    await globalAuthEvent({ actorUserId: member.id, actorLabel: member.email });
    await globalAuthEvent({ actorUserId: member.id, actorLabel: member.email, outcome: "failed" });
    await globalAuthEvent({ actorUserId: member.id, actorLabel: member.email, action: "auth.sign_out" });
    await globalAuthEvent({ actorUserId: outsider.id, actorLabel: outsider.email });
    await globalAuthEvent({ actorUserId: otherMember.id, actorLabel: otherMember.email });
    // A failed attempt for an address nobody has: no actor id, so it must never surface.
    await globalAuthEvent({ actorUserId: null, actorLabel: "nobody@test.example", outcome: "failed" });

    const { entries, nextCursor } = await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 50 });
    expect(entries.map((e) => [e.actorUserId, e.action, e.outcome])).toEqual([
      [member.id, "auth.sign_out", "success"],
      [member.id, "auth.sign_in", "failed"],
      [member.id, "auth.sign_in", "success"],
    ]);
    expect(nextCursor).toBeUndefined();

    const forOther = await listMemberSignInEvents(db, { workspaceId: otherWorkspace.id, limit: 50 });
    expect(forOther.entries.map((e) => e.actorUserId)).toEqual([otherMember.id]);
  });

  it("pages with the `before` cursor without gaps or repeats", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const member = await createTestUser();
    await addTestMembership(workspace.id, member.id, "editor");
    for (let i = 0; i < 5; i++) await globalAuthEvent({ actorUserId: member.id, actorLabel: member.email });

    const first = await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 2 });
    const second = await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 2, before: first.nextCursor });
    const third = await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 2, before: second.nextCursor });
    const seqs = [...first.entries, ...second.entries, ...third.entries].map((e) => e.seq);
    expect(seqs).toHaveLength(5);
    expect(new Set(seqs).size).toBe(5);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(third.nextCursor).toBeUndefined();
  });

  it("stops listing a person once they are no longer a member", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const formerMember = await createTestUser();
    await addTestMembership(workspace.id, formerMember.id, "editor");
    await globalAuthEvent({ actorUserId: formerMember.id, actorLabel: formerMember.email });
    expect((await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 10 })).entries).toHaveLength(1);

    await db.delete(memberships).where(eq(memberships.userId, formerMember.id));
    expect((await listMemberSignInEvents(db, { workspaceId: workspace.id, limit: 10 })).entries).toEqual([]);
  });
});
