import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { jobs } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { enqueueJob } from "@/lib/jobs/queue";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/worker";
import { isAppError } from "@/lib/errors";
import { RETENTION_PURGE_JOB_TYPE } from "./job-types";
import { purgeWorkspace, recordFailedPurge } from "./purge-workspace";

/**
 * "Purge now": queues this workspace's purge for the worker (it can take minutes on a large
 * workspace, longer than a request should). A purge already waiting or running is answered
 * instead of queueing a second one.
 */
export async function requestPurgeNow(db: Database, options: { workspaceId: string; userId: string }): Promise<{ jobId: string; alreadyQueued: boolean }> {
  const [pending] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(eq(jobs.type, RETENTION_PURGE_JOB_TYPE), eq(jobs.workspaceId, options.workspaceId), inArray(jobs.status, ["queued", "running"])))
    .limit(1);
  if (pending) return { jobId: pending.id, alreadyQueued: true };
  const jobId = await enqueueJob(db, { workspaceId: options.workspaceId, type: RETENTION_PURGE_JOB_TYPE, payload: { requestedBy: options.userId }, maxAttempts: 1 });
  return { jobId, alreadyQueued: false };
}

/** The purge job an admin queued, if it has not finished yet (the page shows it). */
export async function pendingPurge(db: Database, workspaceId: string): Promise<{ status: string; createdAt: Date } | null> {
  const [row] = await db
    .select({ status: jobs.status, createdAt: jobs.createdAt })
    .from(jobs)
    .where(and(eq(jobs.type, RETENTION_PURGE_JOB_TYPE), eq(jobs.workspaceId, workspaceId), inArray(jobs.status, ["queued", "running"])))
    .limit(1);
  return row ?? null;
}

export const retentionPurgeJobHandler: JobHandler = {
  async run({ db, job, keepAlive }) {
    const requestedBy = typeof job.payload.requestedBy === "string" ? job.payload.requestedBy : null;
    try {
      await purgeWorkspace(db, { workspaceId: job.workspaceId!, requestedBy, onBatch: keepAlive });
    } catch (error) {
      if (!isAppError(error)) throw error;
      throw new PermanentJobError(error.message);
    }
  },
  async onFailure({ db, job }, failure) {
    if (failure.willRetry) return;
    const requestedBy = typeof job.payload.requestedBy === "string" ? job.payload.requestedBy : null;
    await recordFailedPurge(db, { workspaceId: job.workspaceId!, requestedBy, reason: failure.message });
  },
};
