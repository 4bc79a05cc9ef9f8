import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import { knowledgeChunks, knowledgeCorpusStats } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { embedForWorkspace } from "@/lib/ai/embed";
import { embeddingModelFor } from "@/lib/ai/registry";
import { enqueueJob } from "@/lib/jobs/queue";
import { indexableText } from "./indexable-text";
import type { JobHandler } from "@/lib/jobs/worker";

export const REEMBED_JOB_TYPE = "knowledge.reembed";
const BATCH = 128;

/**
 * Queues a re-embedding when a workspace's active chunks were embedded by another model than
 * the one now configured (called when the embedding model setting changes). Retrieval keeps
 * working meanwhile: each query searches the chunks embedded with its own model.
 */
export async function enqueueReembedIfStale(db: Database, options: { workspaceId: string }): Promise<string | null> {
  const model = embeddingModelFor(options.workspaceId);
  const [stale] = await db
    .select({ id: knowledgeChunks.id })
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), isNull(knowledgeChunks.retiredAt), ne(knowledgeChunks.embeddingModel, model.modelId)))
    .limit(1);
  if (!stale) return null;
  return enqueueJob(db, {
    workspaceId: options.workspaceId,
    type: REEMBED_JOB_TYPE,
    payload: { workspaceId: options.workspaceId, modelId: model.modelId },
    idempotencyKey: `reembed:${options.workspaceId}:${model.modelId}:${new Date().toISOString().slice(0, 10)}`,
  });
}

/** At start-up: a re-embedding job for every workspace whose chunks predate the configured model. */
export async function enqueueReembedForStaleWorkspaces(db: Database): Promise<number> {
  const workspaces = await db.select({ workspaceId: knowledgeCorpusStats.workspaceId }).from(knowledgeCorpusStats).where(gt(knowledgeCorpusStats.chunkCount, 0));
  let queued = 0;
  for (const { workspaceId } of workspaces) if (await enqueueReembedIfStale(db, { workspaceId })) queued++;
  return queued;
}

/** Re-embeds stale active chunks batch by batch; each batch commits on its own, so a retry resumes. */
export const reembedJobHandler: JobHandler = {
  async run({ db, job, reportProgress }) {
    const { workspaceId } = job.payload as { workspaceId: string };
    const model = embeddingModelFor(workspaceId);
    const staleCondition = and(eq(knowledgeChunks.workspaceId, workspaceId), isNull(knowledgeChunks.retiredAt), ne(knowledgeChunks.embeddingModel, model.modelId));
    const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(knowledgeChunks).where(staleCondition)) as [{ total: number }];
    let done = 0;
    await reportProgress(0, Number(total));
    for (;;) {
      const batch = await db
        .select({ id: knowledgeChunks.id, text: knowledgeChunks.text, sectionPath: knowledgeChunks.sectionPath, classification: knowledgeChunks.classification })
        .from(knowledgeChunks)
        .where(staleCondition)
        .orderBy(knowledgeChunks.classification)
        .limit(BATCH);
      if (batch.length === 0) break;
      // One classification per call, so confidential text only ever meets a permitted embedder.
      const slice = batch.filter((chunk) => chunk.classification === batch[0]!.classification);
      const { embeddings, modelId, dimensions } = await embedForWorkspace(db, { workspaceId, values: slice.map(indexableText), isConfidential: slice[0]!.classification === "confidential" });
      await db.transaction(async (tx) => {
        for (const [index, chunk] of slice.entries()) {
          await tx
            .update(knowledgeChunks)
            .set({ embedding: embeddings[index]!, embeddingModel: modelId, embeddingDimensions: dimensions })
            .where(eq(knowledgeChunks.id, chunk.id));
        }
      });
      done += slice.length;
      await reportProgress(done, Number(total));
    }
  },
};
