import { eq, sql } from "drizzle-orm";
import { jobs, type Job } from "@/lib/db/schema/jobs";
import type { Database } from "@/lib/db/types";
import { createLeaseKeeper } from "@/lib/jobs/lease-keeper";
import { claimNextJob, enqueueJob } from "@/lib/jobs/queue";
import type { JobContext } from "@/lib/jobs/worker";

/**
 * A claimed job whose lease ends in a few seconds, and a handler context for it. Tests of long
 * handlers then assert the lease was moved forward by the work itself (no waiting on the clock).
 */
export async function claimJobWithShortLease(db: Database, type: string): Promise<{ job: Job; context: JobContext; settle(): Promise<void> }> {
  await enqueueJob(db, { workspaceId: null, type, payload: {} });
  const job = (await claimNextJob(db, { types: [type] }))!;
  await db.update(jobs).set({ lockedUntil: sql`now() + interval '5 seconds'` }).where(eq(jobs.id, job.id));
  const lease = createLeaseKeeper(db, job);
  const context: JobContext = { db, job, reportProgress: async () => {}, keepAlive: lease.touch };
  return { job, context, settle: lease.settle };
}

/** Seconds from now until the job's lease ends. */
export async function leaseSecondsLeft(db: Database, jobId: string): Promise<number> {
  const [row] = await db
    .select({ left: sql<number>`extract(epoch from (${jobs.lockedUntil} - now()))::float8` })
    .from(jobs)
    .where(eq(jobs.id, jobId));
  return Number(row!.left);
}
