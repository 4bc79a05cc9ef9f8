import "server-only";
import type { Job } from "@/lib/db/schema/jobs";
import type { Database } from "@/lib/db/types";
import { isAppError } from "@/lib/errors";
import { createLeaseKeeper } from "./lease-keeper";
import { claimNextJob, completeJob, deferJob, failJob, reportJobProgress } from "./queue";

export type JobContext = {
  db: Database;
  job: Job;
  reportProgress(done: number, total: number): Promise<void>;
  /** Extends the job's lease; call it between batches of long work (lib/jobs/lease-keeper.ts). */
  keepAlive(): void;
};

export type JobHandler = {
  run(context: JobContext): Promise<void>;
  /** Called after every failed attempt, so the domain can show the reason (and whether it retries). */
  onFailure?(context: JobContext, failure: { message: string; willRetry: boolean }): Promise<void>;
};
export type JobHandlers = Record<string, JobHandler>;

/**
 * A failure the handler knows will not go away on retry (a corrupt file, a duplicate). Other
 * errors (database hiccup, a provider timeout) are retried with backoff.
 */
export class PermanentJobError extends Error {}

/** Thrown by a handler whose work must wait (a paused batch): the job goes back, parked or delayed, without using an attempt. */
export class DeferJobError extends Error {
  constructor(readonly runAt: Date | null) {
    super("deferred");
  }
}

export const INTERNAL_JOB_ERROR = "An internal error interrupted the work; it was logged.";

/** Works the queue until it is empty or `maxJobs` ran. Returns how many jobs were processed. */
export async function runQueuedJobs(
  db: Database,
  handlers: JobHandlers,
  /** workspaceId: only that tenant's jobs (tests; a dedicated worker for one large tenant). */
  options: { maxJobs?: number; workspaceId?: string } = {},
): Promise<number> {
  let processed = 0;
  while (processed < (options.maxJobs ?? Number.POSITIVE_INFINITY)) {
    const job = await claimNextJob(db, { types: Object.keys(handlers), workspaceId: options.workspaceId });
    if (!job) break;
    processed++;
    const handler = handlers[job.type]!;
    const lease = createLeaseKeeper(db, job);
    const context: JobContext = {
      db,
      job,
      reportProgress: (done, total) => reportJobProgress(db, { job, done, total }),
      keepAlive: lease.touch,
    };
    try {
      try {
        await handler.run(context);
      } finally {
        // A renewal still in flight must not land after the job is completed or failed.
        await lease.settle();
      }
      await completeJob(db, { job });
    } catch (error) {
      if (error instanceof DeferJobError) {
        await deferJob(db, { job, runAt: error.runAt });
        continue;
      }
      const isExpected = error instanceof PermanentJobError || isAppError(error);
      // Expected failures carry a sentence for the uploader. Anything else (a database error
      // whose message holds SQL and parameters, a provider error) is logged by its first line
      // and shown to people only as a generic sentence.
      const detail = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      if (!isExpected) console.error(`[jobs] ${job.type} ${job.id} attempt ${job.attempts} failed: ${detail}`);
      const message = isExpected ? (error as Error).message : INTERNAL_JOB_ERROR;
      const { willRetry } = await failJob(db, { job, error: isExpected ? message : detail, isRetryable: !isExpected });
      await handler.onFailure?.(context, { message, willRetry });
    }
  }
  return processed;
}
