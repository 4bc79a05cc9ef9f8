import { describe, expect, it } from "vitest";
import { and, eq, like, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { assets, generationBatches, jobs } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { runIngestion } from "@/lib/testing/knowledge-fixtures";
import { memberships } from "@/lib/db/schema";
import { changeBatchStatus, listBatches, startBatch, type BatchBrief } from "./manage-batch";

const brief: BatchBrief = { topic: "", audience: "hikers", goal: "sell", assetKinds: ["google-rsa", "meta-ad"], language: "en", tone: "", keywords: [] };

async function setUp() {
  const db = await getDb();
  const workspace = await createTestWorkspace();
  const user = await createTestUser();
  await db.insert(memberships).values({ workspaceId: workspace.id, userId: user.id, role: "marketer" });
  const ids = await setUpBrand(workspace.id);
  return { db, workspace, user, products: [ids.fjellId, ids.sarekId] };
}

const draftsOf = async (workspaceId: string, batchId: string) =>
  (await getDb()).select({ id: assets.id, kind: assets.kind, state: assets.state, productSourceId: assets.productSourceId }).from(assets).where(and(eq(assets.workspaceId, workspaceId), like(assets.idempotencyKey, `batch:${batchId}:%`)));

describe("batch generation", () => {
  it("makes one draft per product and asset kind with the local model, and never twice", async () => {
    const { db, workspace, user, products } = await setUp();
    const first = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: products });
    const again = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [...products].reverse() });
    expect(first.created).toBe(true);
    expect(again).toEqual({ batchId: first.batchId, created: false });
    await runIngestion(workspace.id);
    const drafts = await draftsOf(workspace.id, first.batchId);
    expect(drafts).toHaveLength(4);
    expect(new Set(drafts.map((d) => `${d.productSourceId}:${d.kind}`)).size).toBe(4);
    expect(drafts.every((d) => d.state === "draft")).toBe(true);
    const [progress] = await listBatches(db, { workspaceId: workspace.id });
    expect(progress).toMatchObject({ id: first.batchId, status: "completed", products: 2, assetKinds: 2, draftsSaved: 4, productsDone: 2, productsFailed: 0 });

    // A job that runs again (a retry after a crash) finds its drafts and adds none.
    await db.update(jobs).set({ status: "queued", runAt: new Date(), attempts: 0 }).where(sql`${jobs.payload}->>'batchId' = ${first.batchId}`);
    await runIngestion(workspace.id);
    expect(await draftsOf(workspace.id, first.batchId)).toHaveLength(4);
  });

  it("pauses by parking queued jobs, resumes them, and cancels what is left", async () => {
    const { db, workspace, user, products } = await setUp();
    const { batchId } = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: products });
    await changeBatchStatus(db, { workspaceId: workspace.id, batchId, change: "pause" });
    expect(await runIngestion(workspace.id)).toBe(0);
    expect(await draftsOf(workspace.id, batchId)).toHaveLength(0);
    await expect(changeBatchStatus(db, { workspaceId: workspace.id, batchId, change: "pause" })).rejects.toMatchObject({ code: "conflict" });
    const colleague = await createTestUser();
    await expect(changeBatchStatus(db, { workspaceId: workspace.id, batchId, change: "resume", userId: colleague.id, role: "marketer" })).rejects.toMatchObject({ code: "forbidden" });

    await changeBatchStatus(db, { workspaceId: workspace.id, batchId, change: "resume" });
    await runIngestion(workspace.id);
    expect(await draftsOf(workspace.id, batchId)).toHaveLength(4);

    const second = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief: { ...brief, language: "de" }, productSourceIds: products });
    await changeBatchStatus(db, { workspaceId: workspace.id, batchId: second.batchId, change: "cancel" });
    expect(await runIngestion(workspace.id)).toBe(0);
    const [latest] = await listBatches(db, { workspaceId: workspace.id, limit: 1 });
    expect(latest).toMatchObject({ id: second.batchId, status: "cancelled", draftsSaved: 0 });
  });

  it("parks a job that comes due while its batch is paused (a retry escaping the pause), without using an attempt", async () => {
    const { db, workspace, user, products } = await setUp();
    const { batchId } = await startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: products });
    // Paused, but the jobs are still due: as after a failed attempt was requeued by the worker.
    await db.update(generationBatches).set({ status: "paused" }).where(eq(generationBatches.id, batchId));
    await runIngestion(workspace.id);
    expect(await draftsOf(workspace.id, batchId)).toHaveLength(0);
    const parked = await db.select({ status: jobs.status, attempts: jobs.attempts, runAt: jobs.runAt }).from(jobs).where(sql`${jobs.payload}->>'batchId' = ${batchId}`);
    expect(parked.every((j) => j.status === "queued" && j.attempts === 0 && j.runAt.getFullYear() === 9999)).toBe(true);
    await changeBatchStatus(db, { workspaceId: workspace.id, batchId, change: "resume" });
    await runIngestion(workspace.id);
    expect(await draftsOf(workspace.id, batchId)).toHaveLength(4);
  });

  it("refuses products of another workspace and oversized selections", async () => {
    const { db, workspace, user } = await setUp();
    const other = await createTestWorkspace();
    const { fjellId } = await setUpBrand(other.id);
    await expect(startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: [fjellId] })).rejects.toMatchObject({ code: "not_found" });
    await expect(startBatch(db, { workspaceId: workspace.id, userId: user.id, brief, productSourceIds: Array.from({ length: 501 }, (_, i) => `src_${i}`) })).rejects.toMatchObject({ code: "invalid_input" });
  });
});
