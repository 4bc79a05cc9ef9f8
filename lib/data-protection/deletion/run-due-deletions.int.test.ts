import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { verifyAuditChain } from "@/lib/audit/verify";
import { getDb } from "@/lib/db/client";
import { auditLog, workspaces } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { seedWorkspaceWithData } from "@/lib/testing/data-protection-fixtures";
import { cancelWorkspaceDeletion, requestWorkspaceDeletion, restoreWorkspace } from "@/lib/workspaces/manage-workspace";
import { countWorkspaceRows } from "./count-workspace-rows";
import { runDueWorkspaceDeletions } from "./run-due-deletions";
import { discoverWorkspaceTables, type WorkspaceTables } from "./workspace-tables";

const DAY = 24 * 60 * 60 * 1000;
let doomed: { id: string };
let kept: { id: string };
let owner: { id: string };
let tables: WorkspaceTables;

beforeAll(async () => {
  doomed = await createTestWorkspace("Doomed Brand");
  kept = await createTestWorkspace("Kept Brand");
  owner = await createTestUser({ instanceOwner: true });
  await seedWorkspaceWithData(doomed.id, { label: "doomed" });
  await seedWorkspaceWithData(kept.id, { label: "kept" });
  tables = await discoverWorkspaceTables(await getDb());
}, 120_000);

describe("workspace deletion after a grace period", () => {
  it("finds every table with a workspace_id and the child tables reached through foreign keys", () => {
    expect(tables.scoped).toEqual(expect.arrayContaining(["audit_log", "assets", "asset_versions", "knowledge_chunks", "memberships", "kpi_performance"]));
    expect(tables.scoped).not.toContain("workspaces");
    expect(tables.children.map((child) => child.table)).toContain("kpi_upload_chunks");
    // Delete order: a table that references another comes first.
    expect(tables.scoped.indexOf("asset_versions")).toBeLessThan(tables.scoped.indexOf("assets"));
  });

  it("archives at once, deletes nothing before the due date, and a cancel restores the workspace", async () => {
    const db = await getDb();
    const now = new Date("2030-01-01T00:00:00Z");
    const requested = await db.transaction((tx) => requestWorkspaceDeletion(tx, { workspaceId: doomed.id, requestedBy: owner.id, graceDays: 30, now }));
    expect(requested.deletionDueAt.toISOString()).toBe(new Date(now.getTime() + 30 * DAY).toISOString());
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, doomed.id));
    expect(row!.archivedAt).not.toBeNull();
    expect(row!.deletionRequestedBy).toBe(owner.id);
    await expect(db.transaction((tx) => restoreWorkspace(tx, { workspaceId: doomed.id }))).rejects.toThrow(/cancel the deletion/);

    // On a shared PostgreSQL other files' workspaces may be due too: look at this file's only.
    const ours = (results: { workspaceId: string }[]) => results.map((r) => r.workspaceId).filter((id) => id === doomed.id || id === kept.id);
    expect(ours(await runDueWorkspaceDeletions(db, new Date(now.getTime() + 29 * DAY)))).toEqual([]);
    expect((await countWorkspaceRows(db, tables, doomed.id)).assets).toBeGreaterThan(0);

    await db.transaction((tx) => cancelWorkspaceDeletion(tx, { workspaceId: doomed.id }));
    const [restored] = await db.select().from(workspaces).where(eq(workspaces.id, doomed.id));
    expect(restored).toMatchObject({ archivedAt: null, deletionDueAt: null, deletionRequestedAt: null });
    // A cancelled request is not picked up later.
    expect(ours(await runDueWorkspaceDeletions(db, new Date(now.getTime() + 31 * DAY)))).toEqual([]);
  });

  it("removes every row of the due workspace in every table, leaves the other workspace alone and audits the counts", async () => {
    const db = await getDb();
    const before = await countWorkspaceRows(db, tables, doomed.id);
    const keptBefore = await countWorkspaceRows(db, tables, kept.id);
    // The seeded workspace really fills the tables the deletion must reach.
    const filled = Object.entries(before).filter(([, n]) => n > 0).map(([table]) => table);
    expect(filled).toEqual(
      expect.arrayContaining([
        "audit_log", "memberships", "invitations", "knowledge_sources", "knowledge_source_versions", "knowledge_chunks",
        "knowledge_terms", "knowledge_posting_blocks", "knowledge_feeds", "brand_settings", "assets", "asset_versions", "asset_comments",
        "kpi_imports", "kpi_performance", "kpi_daily_rollup", "webhook_endpoints", "webhook_deliveries",
        "webhook_delivery_attempts", "model_calls", "workspace_retention", "workspace_exports", "jobs",
      ]),
    );
    const now = new Date();
    await db.transaction((tx) => requestWorkspaceDeletion(tx, { workspaceId: doomed.id, requestedBy: owner.id, graceDays: 0, now }));

    const results = (await runDueWorkspaceDeletions(db, new Date(now.getTime() + 1000))).filter((r) => r.workspaceId === doomed.id || r.workspaceId === kept.id);
    expect(results.map((r) => r.workspaceId)).toEqual([doomed.id]);

    const after = await countWorkspaceRows(db, tables, doomed.id);
    expect(Object.entries(after).filter(([, n]) => n !== 0)).toEqual([]);
    expect(await db.select().from(workspaces).where(eq(workspaces.id, doomed.id))).toEqual([]);
    expect(await countWorkspaceRows(db, tables, kept.id)).toEqual(keptBefore);

    for (const [table, n] of Object.entries(before)) if (n > 0) expect(results[0]!.rowsRemoved[table], table).toBe(n);
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, doomed.id));
    expect(entry).toMatchObject({ action: "workspace.delete", chainKey: "global", workspaceId: null, actorUserId: null });
    expect((entry!.detail as { rowsRemoved: Record<string, number> }).rowsRemoved.assets).toBe(before.assets);
  });

  // Depends on lib/audit hashing the entries as stored after migration 0012 (the keyed-HMAC change
  // that lands with this issue); until then every chain reports "altered" in this branch.
  it("leaves the global chain (with the deletion entry) and the other workspace's chain verifiable", async () => {
    const db = await getDb();
    expect((await verifyAuditChain(db, { workspaceId: null })).problems).toEqual([]);
    expect((await verifyAuditChain(db, { workspaceId: kept.id })).problems).toEqual([]);
  });

  it("refuses to delete a chain the transaction did not name", async () => {
    const db = await getDb();
    await expect(db.execute(`delete from audit_log where workspace_id = '${kept.id}'` as never)).rejects.toThrow();
  });
});
