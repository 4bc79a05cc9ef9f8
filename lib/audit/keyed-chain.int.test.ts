import { describe, expect, it } from "vitest";
import { asc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { auditLog } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { restoreAuditKeysAfterEachTest, useAuditKeys } from "@/lib/testing/audit-keys";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { workspaces } from "@/lib/db/schema";
import { appendAuditEntry } from "./append";
import { sealErasure } from "./erasure-seal";
import { GENESIS_HASH, legacyHashAuditEntry, signAuditEntry } from "./hash";
import { verifyAuditChain } from "./verify";

restoreAuditKeysAfterEachTest();

const OLD_KEY = { id: "2026-01", secret: "o".repeat(40) };
const NEW_KEY = { id: "2027-01", secret: "n".repeat(40) };

async function appendEntries(workspaceId: string, count: number, from = 1) {
  const db = await getDb();
  for (let i = from; i < from + count; i++) {
    await appendAuditEntry(db, {
      workspaceId,
      actorUserId: "usr_test",
      actorLabel: "tester@test.example",
      action: `test.event_${i}`,
      targetType: "thing",
      targetId: `thing_${i}`,
      outcome: "success",
      detail: { index: i, email: `invitee-${i}@test.example` },
      ip: "192.0.2.10",
    });
  }
}

async function chainRows(workspaceId: string) {
  const db = await getDb();
  return db.select().from(auditLog).where(eq(auditLog.chainKey, workspaceId)).orderBy(asc(auditLog.chainSeq));
}

/** Tampering as a database superuser would: triggers off for this transaction only. */
async function asSuperuserBypassingTriggers(statements: ReturnType<typeof sql>[]) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const statement of statements) await tx.execute(statement);
  });
}

/** An attacker without the key: changes entry `seq`'s outcome and re-hashes from there on with `rehash`. */
async function rewriteAndRecompute(workspaceId: string, seq: number, rehash: (row: Awaited<ReturnType<typeof chainRows>>[number], prevHash: string) => { hash: string; keyId: string | null }) {
  const rows = await chainRows(workspaceId);
  const statements: ReturnType<typeof sql>[] = [];
  let prevHash = rows[seq - 2]?.hash ?? GENESIS_HASH;
  for (const row of rows.slice(seq - 1)) {
    const outcome = row.chainSeq === seq ? "denied" : row.outcome;
    const { hash, keyId } = rehash({ ...row, outcome, prevHash }, prevHash);
    statements.push(sql`update audit_log set outcome = ${outcome}, prev_hash = ${prevHash}, hash = ${hash}, key_id = ${keyId} where seq = ${row.seq}`);
    prevHash = hash;
  }
  await asSuperuserBypassingTriggers(statements);
}

describe("keyed audit chain", () => {
  it("signs new entries with the first key and keeps personal fields out of the signed detail", async () => {
    useAuditKeys(NEW_KEY, OLD_KEY);
    const workspace = await createTestWorkspace();
    await appendEntries(workspace.id, 2);
    const rows = await chainRows(workspace.id);
    expect(rows.map((r) => r.keyId)).toEqual(["2027-01", "2027-01"]);
    expect(rows[0]).toMatchObject({ detail: { index: 1 }, detailPersonal: { email: "invitee-1@test.example" }, actorLabel: "tester@test.example" });
    expect(rows[0]!.personalDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifyAuditChain(await getDb(), { workspaceId: workspace.id })).toMatchObject({ isIntact: true, entries: 2, unkeyedEntries: 0 });
  });

  it("detects a chain re-computed with the unkeyed sha256 after an edit", async () => {
    useAuditKeys(NEW_KEY);
    const workspace = await createTestWorkspace();
    await appendEntries(workspace.id, 3);
    await rewriteAndRecompute(workspace.id, 2, (row, prevHash) => ({
      keyId: null,
      hash: legacyHashAuditEntry({ ...row, prevHash }),
    }));
    const report = await verifyAuditChain(await getDb(), { workspaceId: workspace.id });
    expect(report.isIntact).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ chainSeq: 2, kind: "altered", message: expect.stringContaining("re-hashed without the key") }),
      expect.objectContaining({ chainSeq: 3, kind: "altered" }),
    ]);
  });

  it("detects a chain re-computed with another key, under the real key id or a new one", async () => {
    useAuditKeys(NEW_KEY);
    const workspace = await createTestWorkspace();
    await appendEntries(workspace.id, 3);
    const forged = { id: NEW_KEY.id, secret: Buffer.from("x".repeat(40)) };
    await rewriteAndRecompute(workspace.id, 2, (row, prevHash) => ({
      keyId: forged.id,
      hash: signAuditEntry({ ...row, prevHash, personalDigest: row.personalDigest!, keyId: forged.id }, forged),
    }));
    const report = await verifyAuditChain(await getDb(), { workspaceId: workspace.id });
    expect(report.problems.map((p) => [p.chainSeq, p.kind])).toEqual([[2, "altered"], [3, "altered"]]);

    const other = await createTestWorkspace();
    await appendEntries(other.id, 2);
    const foreign = { id: "attacker", secret: Buffer.from("y".repeat(40)) };
    await rewriteAndRecompute(other.id, 1, (row, prevHash) => ({
      keyId: foreign.id,
      hash: signAuditEntry({ ...row, prevHash, personalDigest: row.personalDigest!, keyId: foreign.id }, foreign),
    }));
    const foreignReport = await verifyAuditChain(await getDb(), { workspaceId: other.id });
    expect(foreignReport.problems).toEqual([
      expect.objectContaining({ chainSeq: 1, kind: "unknown_key", message: expect.stringContaining('signed with key "attacker", which is not configured') }),
      expect.objectContaining({ chainSeq: 2, kind: "unknown_key" }),
    ]);
  });

  it("verifies old and new entries after a rotation (new key first, old key second)", async () => {
    const workspace = await createTestWorkspace();
    useAuditKeys(OLD_KEY);
    await appendEntries(workspace.id, 2);
    useAuditKeys(NEW_KEY, OLD_KEY);
    await appendEntries(workspace.id, 2, 3);
    expect((await chainRows(workspace.id)).map((r) => r.keyId)).toEqual(["2026-01", "2026-01", "2027-01", "2027-01"]);
    expect(await verifyAuditChain(await getDb(), { workspaceId: workspace.id })).toMatchObject({ isIntact: true, entries: 4 });

    useAuditKeys(NEW_KEY);
    const withoutOldKey = await verifyAuditChain(await getDb(), { workspaceId: workspace.id });
    expect(withoutOldKey.problems.map((p) => [p.chainSeq, p.kind])).toEqual([[1, "unknown_key"], [2, "unknown_key"]]);
  });

  it("detects a changed actor label, IP or personal detail, and a forged erased mark", async () => {
    useAuditKeys(NEW_KEY);
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await appendEntries(workspace.id, 4);
    // The trigger allows these columns to change (erasure needs it); the digest is what notices.
    await db.update(auditLog).set({ actorLabel: "someone-else@test.example" }).where(sql`chain_key = ${workspace.id} and chain_seq = 1`);
    await db.update(auditLog).set({ ip: "198.51.100.1" }).where(sql`chain_key = ${workspace.id} and chain_seq = 2`);
    // Marking an entry erased is no longer a way around the digest: without the key there is no valid seal.
    await db
      .update(auditLog)
      .set({ actorLabel: "Former member abc", detailPersonal: { email: "erased" }, personalErasedAt: new Date() })
      .where(sql`chain_key = ${workspace.id} and chain_seq = 3`);
    // A real erasure (sealed with the key), then rewritten again: the seal no longer matches.
    const [fourth] = (await chainRows(workspace.id)).slice(3);
    const erased = { actorLabel: "Former member def", ip: null, detailPersonal: {}, personalErasedAt: new Date() };
    const erasureSeal = sealErasure({ id: fourth!.id, hash: fourth!.hash, ...erased }, { id: NEW_KEY.id, secret: Buffer.from(NEW_KEY.secret) });
    await db.update(auditLog).set({ ...erased, erasureSeal }).where(sql`chain_key = ${workspace.id} and chain_seq = 4`);
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ erasedEntries: 2, problems: [{ chainSeq: 1 }, { chainSeq: 2 }, { chainSeq: 3 }] });
    await db.update(auditLog).set({ actorLabel: "someone-else@test.example" }).where(sql`chain_key = ${workspace.id} and chain_seq = 4`);

    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report.problems).toEqual([
      expect.objectContaining({ chainSeq: 1, kind: "altered", message: expect.stringContaining("who, IP or personal detail") }),
      expect.objectContaining({ chainSeq: 2, kind: "altered" }),
      expect.objectContaining({ chainSeq: 3, kind: "altered", message: expect.stringContaining("personal fields changed after erasure (its erasure seal is missing)") }),
      expect.objectContaining({ chainSeq: 4, kind: "altered", message: expect.stringContaining("personal fields changed after erasure (its erasure seal does not match)") }),
    ]);
    expect(report.erasedEntries).toBe(2);

    // A seal under a key that is not configured is reported as such, like an entry signature.
    const foreignSeal = sealErasure({ id: fourth!.id, hash: fourth!.hash, ...erased, actorLabel: "someone-else@test.example" }, { id: "attacker", secret: Buffer.from("y".repeat(40)) });
    await db.update(auditLog).set({ erasureSeal: foreignSeal }).where(sql`chain_key = ${workspace.id} and chain_seq = 4`);
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).problems[3]).toMatchObject({ chainSeq: 4, kind: "unknown_key" });
  });

  it("keeps review comments and override reasons out of the signed detail, so erasure can remove them", async () => {
    useAuditKeys(NEW_KEY);
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await appendAuditEntry(db, {
      workspaceId: workspace.id,
      actorUserId: "usr_test",
      actorLabel: "tester@test.example",
      action: "review.approve",
      targetType: "asset",
      targetId: "asset_1",
      outcome: "success",
      detail: { version: 3, comment: "Ask Mark in Marketing EU", overrideReason: "Claims checked by hand" },
      ip: null,
    });
    const [row] = await chainRows(workspace.id);
    expect(row!.detail).toEqual({ version: 3 });
    expect(row!.detailPersonal).toEqual({ comment: "Ask Mark in Marketing EU", overrideReason: "Claims checked by hand" });
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true });
  });

  it("refuses deleting the newest entries through the chain-delete setting unless the workspace is due for deletion", async () => {
    useAuditKeys(NEW_KEY);
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await appendEntries(workspace.id, 3);
    const cutNewest = () =>
      db.transaction(async (tx) => {
        await tx.execute(sql`select set_config('brandpilot.audit_chain_delete', ${workspace.id}, true)`);
        await tx.execute(sql`delete from audit_log where chain_key = ${workspace.id} and chain_seq >= 2`);
      });
    await expect(cutNewest()).rejects.toThrow();
    // Scheduled but not yet due: still refused.
    await db.update(workspaces).set({ deletionDueAt: new Date(Date.now() + 86_400_000) }).where(eq(workspaces.id, workspace.id));
    await expect(cutNewest()).rejects.toThrow();
    expect(await chainRows(workspace.id)).toHaveLength(3);
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true, entries: 3 });

    // Due: the deletion job may remove the chain (with the workspace, in the same transaction).
    await db.update(workspaces).set({ deletionDueAt: new Date(Date.now() - 1000) }).where(eq(workspaces.id, workspace.id));
    await cutNewest();
    expect(await chainRows(workspace.id)).toHaveLength(1);
  });

  it("keeps verifying entries written before keys existed, and counts them", async () => {
    useAuditKeys(NEW_KEY);
    const db = await getDb();
    const workspace = await createTestWorkspace();
    let prevHash = GENESIS_HASH;
    for (const chainSeq of [1, 2]) {
      const fields = {
        id: createId("audit"),
        chainKey: workspace.id,
        chainSeq,
        workspaceId: workspace.id,
        actorUserId: "usr_legacy",
        actorLabel: "legacy@test.example",
        action: "test.legacy",
        targetType: null,
        targetId: null,
        outcome: "success",
        detail: { email: "old-style@test.example" },
        ip: "192.0.2.20",
        createdAt: new Date(Date.UTC(2025, 0, chainSeq)),
        prevHash,
      };
      const hash = legacyHashAuditEntry(fields);
      await db.insert(auditLog).values({ ...fields, hash });
      prevHash = hash;
    }
    await appendEntries(workspace.id, 1, 3);
    const report = await verifyAuditChain(db, { workspaceId: workspace.id });
    expect(report).toMatchObject({ isIntact: true, entries: 3, unkeyedEntries: 2 });

    // Erasing a person from an old entry rewrites columns its plain sha256 covered: its own hash is
    // no longer checked (its link still is, and its erasure seal), and it is not reported as tampering.
    const second = (await chainRows(workspace.id))[1]!;
    const erased = { actorLabel: "Former member 0123456789", ip: null, detailPersonal: second.detailPersonal, personalErasedAt: new Date() };
    const erasureSeal = sealErasure({ id: second.id, hash: second.hash, ...erased }, { id: NEW_KEY.id, secret: Buffer.from(NEW_KEY.secret) });
    await db.update(auditLog).set({ ...erased, erasureSeal }).where(sql`chain_key = ${workspace.id} and chain_seq = 2`);
    expect(await verifyAuditChain(db, { workspaceId: workspace.id })).toMatchObject({ isIntact: true, erasedEntries: 1 });

    await asSuperuserBypassingTriggers([sql`update audit_log set detail = '{"email": "changed@test.example"}' where chain_key = ${workspace.id} and chain_seq = 1`]);
    expect((await verifyAuditChain(db, { workspaceId: workspace.id })).problems).toEqual([expect.objectContaining({ chainSeq: 1, kind: "altered" })]);
  });
});
