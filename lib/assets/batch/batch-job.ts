import "server-only";
import { and, eq } from "drizzle-orm";
import { assets, generationBatches, memberships } from "@/lib/db/schema";
import { DeferJobError, PermanentJobError, type JobHandler } from "@/lib/jobs/worker";
import { isAppError } from "@/lib/errors";
import { parseStoredBrief } from "@/lib/assets/generate/brief";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { loadBriefContext, type BriefContext } from "@/lib/assets/generate/prepare-generation";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";

export const BATCH_ITEM_JOB_TYPE = "assets.generate_batch_item";
export type BatchItemPayload = { workspaceId: string; batchId: string; productSourceId: string; userId: string };

/**
 * One product of a batch: every asset kind of the batch's brief, each saved as a draft under a key
 * of (batch, product, asset kind). A retried job skips the kinds it already saved; the batch's
 * author must still be a member with their role of today (a removed member's batch stops).
 */
export const batchItemJobHandler: JobHandler = {
  async run({ db, job, reportProgress }) {
    const payload = job.payload as BatchItemPayload;
    const [batch] = await db.select().from(generationBatches).where(and(eq(generationBatches.id, payload.batchId), eq(generationBatches.workspaceId, payload.workspaceId)));
    if (!batch || batch.status === "cancelled") return;
    // Paused while this job waited or retried: back to the parked queue, attempt not counted.
    if (batch.status === "paused") throw new DeferJobError(null);
    const [membership] = await db
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, payload.workspaceId), eq(memberships.userId, payload.userId)));
    if (!membership) throw new PermanentJobError("The person who started this batch is no longer a member of the workspace.");
    const parsed = parseStoredBrief({ ...batch.brief, productSourceId: payload.productSourceId });
    if (!parsed.success) throw parsed.error;
    const brief = parsed.data;
    let done = 0;
    let briefContext: BriefContext | null = null;
    for (const kind of brief.assetKinds) {
      const idempotencyKey = `batch:${payload.batchId}:${payload.productSourceId}:${kind}`;
      // A retried job skips the kinds it already saved (no second model call, no second cost).
      const [saved] = await db.select({ id: assets.id }).from(assets).where(and(eq(assets.workspaceId, payload.workspaceId), eq(assets.idempotencyKey, idempotencyKey)));
      if (!saved) {
        try {
          // Background work: not counted against the author's interactive per-minute limit.
          briefContext ??= await loadBriefContext(db, { workspaceId: payload.workspaceId, role: membership.role, brief });
          const generated = await generateAsset(db, { workspaceId: payload.workspaceId, userId: payload.userId, role: membership.role, brief, kind, isBackground: true, briefContext });
          await saveGeneratedDraft(db, { workspaceId: payload.workspaceId, userId: payload.userId, actorLabel: "batch", generated, idempotencyKey, briefAt: batch.createdAt });
        } catch (error) {
          // A product that vanished or a budget that ran out will not fix itself on retry; no
          // model right now (all failing, rate-limited) may, so those go back for a later attempt.
          if (isAppError(error) && ["not_found", "budget_exhausted", "invalid_input"].includes(error.code)) throw new PermanentJobError(error.message);
          if (isAppError(error)) throw new Error(error.message);
          throw error;
        }
      }
      await reportProgress(++done, brief.assetKinds.length);
    }
  },
};
