import { describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { appendAuditEntry } from "./append";
import { verifyAuditChain } from "./verify";
import { GENESIS_HASH } from "./hash";
import { listAuditEntries } from "./list";

async function workspaceWithEntries(count: number) {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  for (let i = 1; i <= count; i++) {
    await appendAuditEntry(db, {
      workspaceId: workspace.id,
      actorUserId: "usr_test",
      actorLabel: "tester@test.example",
      action: `test.event_${i}`,
      targetType: "thing",
      targetId: `thing_${i}`,
      outcome: i % 2 ? "success" : "denied",
      detail: { index: i, nested: { b: 2, a: 1 } },
    });
  }
  return workspace;
}

/** The database's own message (drizzle wraps it as the `cause` of "Failed query"). */
async function databaseError(query: PromiseLike<unknown>): Promise<string> {
  try {
    await query;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  throw new Error("expected the database to refuse the statement");
}

/** Tampering as a database superuser would: triggers off for this transaction only. */
async function asSuperuserBypassingTriggers(statement: ReturnType<typeof sql>) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

describe("audit log", () => {
  it("chains each workspace's entries from the genesis hash, in order", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(3);
    const rows = await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspace.id)).orderBy(auditLog.chainSeq);
    expect(rows.map((r) => r.chainSeq)).toEqual([1, 2, 3]);
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true, entries: 3 });
  });

  it("keeps workspaces' chains independent", async () => {
    const db = await getDb();
    const a = await workspaceWithEntries(2);
    const b = await workspaceWithEntries(1);
    const [firstOfB] = await db.select().from(auditLog).where(eq(auditLog.workspaceId, b.id));
    expect(firstOfB).toMatchObject({ chainSeq: 1, prevHash: GENESIS_HASH });
    expect((await verifyAuditChain(db, { workspaceId: a.id })).isIntact).toBe(true);
  });

  it("is refused UPDATE (but of the personal columns), DELETE and TRUNCATE by the database", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(1);
    // Entry 1 is a success: a changed outcome is refused (only the personal columns may change, drizzle/0012).
    expect(await databaseError(db.update(auditLog).set({ outcome: "denied" }).where(eq(auditLog.workspaceId, workspace.id)))).toMatch(
      /append-only: only its personal columns may be updated/,
    );
    expect(await databaseError(db.delete(auditLog).where(eq(auditLog.workspaceId, workspace.id)))).toMatch(/append-only: DELETE/);
    expect(await databaseError(db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    expect(await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspace.id))).toHaveLength(1);
  });

  it("detects an altered entry", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(3);
    await asSuperuserBypassingTriggers(
      sql`update audit_log set outcome = 'success' where workspace_id = ${workspace.id} and chain_seq = 2`,
    );
    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report.isIntact).toBe(false);
    expect(report.problems).toEqual([expect.objectContaining({ chainSeq: 2, kind: "altered" })]);
  });

  it("detects a removed entry", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(4);
    await asSuperuserBypassingTriggers(sql`delete from audit_log where workspace_id = ${workspace.id} and chain_seq = 2`);
    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report.isIntact).toBe(false);
    expect(report.problems.map((p) => p.kind)).toEqual(["missing", "broken_link"]);
  });

  it("detects an entry whose detail was rewritten, whatever the key order", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(2);
    await asSuperuserBypassingTriggers(
      sql`update audit_log set detail = '{"index": 1, "nested": {"a": 1, "b": 3}}' where workspace_id = ${workspace.id} and chain_seq = 1`,
    );
    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report.problems).toEqual([expect.objectContaining({ chainSeq: 1, kind: "altered" })]);
  });

  it("serialises concurrent writers into one unbroken chain", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        appendAuditEntry(db, { workspaceId: workspace.id, actorUserId: null, action: `test.parallel_${i}`, outcome: "success" }),
      ),
    );
    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report).toMatchObject({ isIntact: true, entries: 8 });
  });

  it("filters and pages a workspace's entries, never another workspace's", async () => {
    const db = await getDb();
    const workspace = await workspaceWithEntries(5);
    const other = await workspaceWithEntries(2);
    const denied = await listAuditEntries(db, { workspaceId: workspace.id, filters: { outcome: "denied" }, limit: 10 });
    expect(denied.entries.map((e) => e.action)).toEqual(["test.event_4", "test.event_2"]);
    const firstPage = await listAuditEntries(db, { workspaceId: workspace.id, filters: {}, limit: 3 });
    expect(firstPage.entries).toHaveLength(3);
    const secondPage = await listAuditEntries(db, { workspaceId: workspace.id, filters: {}, limit: 3, before: firstPage.nextCursor });
    expect(secondPage.entries.map((e) => e.action)).toEqual(["test.event_2", "test.event_1"]);
    expect(secondPage.nextCursor).toBeUndefined();
    const byAction = await listAuditEntries(db, { workspaceId: other.id, filters: { action: "event_5" }, limit: 10 });
    expect(byAction.entries).toEqual([]);
    const rows = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, other.id)));
    expect(rows).toHaveLength(2);
  });
});
