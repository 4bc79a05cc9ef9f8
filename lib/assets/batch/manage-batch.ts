import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { generationBatches, jobs, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/queue";
import { parseStoredBrief, type BriefInput } from "@/lib/assets/generate/brief";
import { redactBrief } from "@/lib/assets/generate/redact-brief";
import type { Role } from "@/lib/authz/roles";
import { checkCampaignBatch } from "@/lib/campaigns/campaign-brief";
import { loadCampaignForBrief } from "@/lib/campaigns/load-campaign";
import { todayIso } from "@/lib/campaigns/campaign-calendar";
import { BATCH_ITEM_JOB_TYPE, type BatchItemPayload } from "./batch-job";

export const MAX_BATCH_PRODUCTS = 500;
// Far enough in the future that no worker claims a parked job; resume sets it back to now.
const PARKED_UNTIL = sql`'9999-12-31'::timestamptz`;

export type BatchBrief = Omit<BriefInput, "productSourceId">;

/**
 * Starts a batch: one queued job per product, in the caller's transaction. Starting the same
 * brief over the same products again returns the existing batch (its key is a digest of both,
 * and of the campaign), so a double click or a re-run never duplicates drafts. A campaign batch
 * (`brief.campaignId`: campaign × products × channels) is checked before any job is queued, so a
 * language the campaign does not run in, or an offer that is unknown, ended or excludes a
 * selected product, is refused at once instead of failing product by product.
 */
export async function startBatch(db: Database, options: { workspaceId: string; userId: string; brief: BatchBrief; productSourceIds: string[] }) {
  const ids = [...new Set(options.productSourceIds)].sort();
  if (ids.length === 0) throw new AppError("invalid_input", { key: "assets.selectAtLeastOne" });
  if (ids.length > MAX_BATCH_PRODUCTS) throw new AppError("invalid_input", { key: "assets.batchTakesAtMost", params: { maxBatchProducts: MAX_BATCH_PRODUCTS, length: ids.length } });
  const found = await db
    .select({ id: knowledgeSources.id, title: knowledgeSources.title, category: knowledgeSources.category })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.kind, "product"), inArray(knowledgeSources.id, ids)));
  if (found.length !== ids.length) throw new AppError("not_found", { key: "assets.selectedProductsMissing", params: { count: ids.length - found.length } });
  const campaignId = options.brief.campaignId ?? null;
  if (campaignId) {
    const campaign = await loadCampaignForBrief(db, { workspaceId: options.workspaceId, campaignId });
    if (!campaign) throw new AppError("not_found", { key: "assets.campaignDoesNotExist" });
    checkCampaignBatch(options.brief, campaign, found, todayIso());
  }

  // The key digests the brief as typed (two briefs that differ only in a name are two batches);
  // the brief itself is stored redacted, never raw, and the batch's jobs generate from that copy
  // (re-redacting it changes nothing).
  // The campaign is named in the key on its own (not only inside the brief): the same products and
  // channels briefed for two campaigns are two batches. A batch outside a campaign keeps its old key.
  const key = createHash("sha256")
    .update(JSON.stringify({ brief: options.brief, ids, ...(campaignId ? { campaignId } : {}) }))
    .digest("hex");
  const { productSourceId: _productSourceId, ...storedBrief } = redactBrief({ ...options.brief, productSourceId: null }).brief;
  const batchId = createId("generationBatch");
  const [inserted] = await db
    .insert(generationBatches)
    .values({ id: batchId, workspaceId: options.workspaceId, brief: storedBrief as Record<string, unknown>, productSourceIds: ids, campaignId, idempotencyKey: key, createdBy: options.userId })
    .onConflictDoNothing()
    .returning({ id: generationBatches.id });
  if (!inserted) {
    const [existing] = await db.select({ id: generationBatches.id }).from(generationBatches).where(and(eq(generationBatches.workspaceId, options.workspaceId), eq(generationBatches.idempotencyKey, key)));
    return { batchId: existing!.id, created: false };
  }
  for (const productSourceId of ids) {
    const payload: BatchItemPayload = { workspaceId: options.workspaceId, batchId, productSourceId, userId: options.userId };
    await enqueueJob(db, { workspaceId: options.workspaceId, type: BATCH_ITEM_JOB_TYPE, payload, idempotencyKey: `batch:${batchId}:${productSourceId}` });
  }
  return { batchId, created: true };
}

const TRANSITIONS = { pause: ["running"], resume: ["paused"], cancel: ["running", "paused"] } as const;

/**
 * Pause parks the batch's queued jobs (a product already being written finishes), resume
 * releases them, cancel drops them. Drafts already made stay.
 */
export async function changeBatchStatus(db: Database, options: { workspaceId: string; batchId: string; change: keyof typeof TRANSITIONS; userId?: string; role?: Role }) {
  const [batch] = await db
    .select()
    .from(generationBatches)
    .where(and(eq(generationBatches.workspaceId, options.workspaceId), eq(generationBatches.id, options.batchId)))
    .for("update");
  if (!batch) throw new AppError("not_found", { key: "assets.batchDoesNotExist" });
  // Like assets: marketers steer their own batches; editors and admins anyone's.
  if (options.role === "marketer" && batch.createdBy !== options.userId) throw new AppError("forbidden", { key: "assets.marketersCanOnlyPause" });
  if (!(TRANSITIONS[options.change] as readonly string[]).includes(batch.status)) throw new AppError("conflict", { key: "assets.batchCannot", params: { status: batch.status, change: options.change } });
  const queuedOfBatch = and(eq(jobs.type, BATCH_ITEM_JOB_TYPE), eq(jobs.status, "queued"), eq(jobs.workspaceId, options.workspaceId), sql`${jobs.payload}->>'batchId' = ${options.batchId}`);
  if (options.change === "pause") await db.update(jobs).set({ runAt: PARKED_UNTIL, updatedAt: new Date() }).where(queuedOfBatch);
  if (options.change === "resume") await db.update(jobs).set({ runAt: new Date(), updatedAt: new Date() }).where(queuedOfBatch);
  if (options.change === "cancel") await db.delete(jobs).where(queuedOfBatch);
  const status = { pause: "paused", resume: "running", cancel: "cancelled" } as const;
  await db.update(generationBatches).set({ status: status[options.change], updatedAt: new Date() }).where(eq(generationBatches.id, batch.id));
  return { status: status[options.change] };
}

export type BatchProgress = {
  id: string;
  status: string;
  createdAt: Date;
  /** The campaign of a campaign batch; null for a batch outside any campaign. */
  campaignId: string | null;
  products: number;
  assetKinds: number;
  draftsSaved: number;
  productsDone: number;
  productsFailed: number;
  failures: string[];
};

/** Batches with progress: products done or failed (from the queue) and drafts saved. */
export async function listBatches(db: Database, options: { workspaceId: string; limit?: number }): Promise<BatchProgress[]> {
  const batches = await db.select().from(generationBatches).where(eq(generationBatches.workspaceId, options.workspaceId)).orderBy(desc(generationBatches.createdAt)).limit(options.limit ?? 10);
  const result: BatchProgress[] = [];
  for (const batch of batches) {
    const [counts] = await executeRows<{ done: number; failed: number; drafts: number; failures: string[] | null }>(
      db,
      sql`select
            (select count(*)::int from jobs where type = ${BATCH_ITEM_JOB_TYPE} and workspace_id = ${options.workspaceId} and payload->>'batchId' = ${batch.id} and status = 'succeeded') as done,
            (select count(*)::int from jobs where type = ${BATCH_ITEM_JOB_TYPE} and workspace_id = ${options.workspaceId} and payload->>'batchId' = ${batch.id} and status = 'failed') as failed,
            (select array_agg(last_error) from jobs where type = ${BATCH_ITEM_JOB_TYPE} and workspace_id = ${options.workspaceId} and payload->>'batchId' = ${batch.id} and status = 'failed') as failures,
            (select count(*)::int from assets where workspace_id = ${options.workspaceId} and idempotency_key like ${`batch:${batch.id}:%`}) as drafts`,
    );
    const stored = parseStoredBrief({ ...batch.brief, productSourceId: null });
    const assetKinds = stored.success ? stored.data.assetKinds.length : 0;
    const productsDone = Number(counts?.done ?? 0);
    const productsFailed = Number(counts?.failed ?? 0);
    // A running batch whose every product is finished is complete.
    const status = batch.status === "running" && productsDone + productsFailed >= batch.productSourceIds.length ? "completed" : batch.status;
    result.push({
      id: batch.id,
      status,
      createdAt: batch.createdAt,
      campaignId: batch.campaignId,
      products: batch.productSourceIds.length,
      assetKinds,
      draftsSaved: Number(counts?.drafts ?? 0),
      productsDone,
      productsFailed,
      failures: (counts?.failures ?? []).filter(Boolean).slice(0, 5),
    });
  }
  return result;
}
