import "server-only";
import { randomBytes } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { jobs, type Job } from "@/lib/db/schema/jobs";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { executeRows } from "@/lib/db/execute";

/**
 * A small Postgres job queue. Why not pg-boss or graphile-worker: both need a node-postgres
 * pool (LISTEN/NOTIFY, several connections), and the embedded mode has one PGlite connection.
 * This queue uses only UPDATE … FOR UPDATE SKIP LOCKED, which works on PGlite and lets any
 * number of PostgreSQL-backed instances share the work.
 */
export const JOB_LOCK_SECONDS = 300;

export async function enqueueJob(
  db: Database,
  options: { workspaceId: string | null; type: string; payload: Record<string, unknown>; maxAttempts?: number; idempotencyKey?: string },
): Promise<string> {
  const id = createId("job");
  const [row] = await db
    .insert(jobs)
    .values({
      id,
      workspaceId: options.workspaceId,
      type: options.type,
      payload: options.payload,
      maxAttempts: options.maxAttempts ?? 3,
      idempotencyKey: options.idempotencyKey ?? null,
    })
    .onConflictDoNothing({ target: jobs.idempotencyKey })
    .returning({ id: jobs.id });
  if (row) return row.id;
  // Same idempotency key: the job already exists; return it instead of queueing twice.
  const [existing] = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.idempotencyKey, options.idempotencyKey!));
  return existing!.id;
}

/**
 * Claims the next due job, or one whose worker died holding it (its lease expired) while it has
 * attempts left. The returned job carries the lease token the other calls must present.
 */
export async function claimNextJob(db: Database, options: { types: string[]; workspaceId?: string }): Promise<Job | null> {
  if (options.types.length === 0) return null;
  await failJobsAbandonedTooOften(db);
  const token = randomBytes(9).toString("base64url");
  const rows = await executeRows<{ id: string }>(db, sql`
    update jobs set status = 'running', attempts = attempts + 1, updated_at = now(), locked_by = ${token},
      locked_until = now() + make_interval(secs => ${JOB_LOCK_SECONDS})
    where id = (
      select id from jobs
      where type in (${sql.join(options.types.map((t) => sql`${t}`), sql`, `)})
        and ((status = 'queued' and run_at <= now())
          or (status = 'running' and locked_until < now() and attempts < max_attempts))
        ${options.workspaceId ? sql`and workspace_id = ${options.workspaceId}` : sql``}
      order by run_at
      limit 1
      for update skip locked
    )
    returning id`);
  const claimedId = rows[0]?.id;
  if (!claimedId) return null;
  const [job] = await db.select().from(jobs).where(eq(jobs.id, claimedId));
  return job ?? null;
}

/**
 * A job whose worker kept dying (out of memory on one file, say) must not be picked up forever:
 * once its lease expired with no attempts left, it fails with a reason.
 */
async function failJobsAbandonedTooOften(db: Database) {
  await db
    .update(jobs)
    .set({
      status: "failed",
      lockedBy: null,
      lockedUntil: null,
      lastError: "The worker stopped while running this job, on every attempt.",
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(jobs.status, "running"), lt(jobs.lockedUntil, sql`now()`), sql`${jobs.attempts} >= ${jobs.maxAttempts}`));
}

/** Progress also renews the lease: a long job that reports progress is alive. */
export async function reportJobProgress(db: Database, options: { job: Job; done: number; total: number }) {
  await db
    .update(jobs)
    .set({
      progressDone: options.done,
      progressTotal: options.total,
      lockedUntil: sql`now() + make_interval(secs => ${JOB_LOCK_SECONDS})`,
      updatedAt: sql`now()`,
    })
    .where(ownedBy(options.job));
}

/** Only the worker holding the lease may finish a job; a stale worker's late answer is ignored. */
function ownedBy(job: Job) {
  return and(eq(jobs.id, job.id), eq(jobs.status, "running"), eq(jobs.lockedBy, job.lockedBy ?? ""));
}

/**
 * Extends the lease of a job this worker still holds, without touching its progress. Long
 * handlers call it between batches: a lease that runs out lets another worker claim the job and
 * run it a second time alongside this one.
 */
export async function renewJobLease(db: Database, options: { job: Job }) {
  await db
    .update(jobs)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${JOB_LOCK_SECONDS})`, updatedAt: sql`now()` })
    .where(ownedBy(options.job));
}

export async function completeJob(db: Database, options: { job: Job }): Promise<boolean> {
  const updated = await db
    .update(jobs)
    .set({ status: "succeeded", lockedUntil: null, lockedBy: null, lastError: null, finishedAt: sql`now()`, updatedAt: sql`now()` })
    .where(ownedBy(options.job))
    .returning({ id: jobs.id });
  return updated.length > 0;
}

/**
 * Puts a claimed job back in the queue without counting the attempt (its claim did): for work
 * that must wait for something outside it, such as a paused batch. `runAt` null parks the job
 * until something releases it by setting run_at.
 */
export async function deferJob(db: Database, options: { job: Job; runAt: Date | null }) {
  await db
    .update(jobs)
    .set({
      status: "queued",
      lockedUntil: null,
      lockedBy: null,
      attempts: sql`greatest(${jobs.attempts} - 1, 0)`,
      runAt: options.runAt ?? sql`'9999-12-31'::timestamptz`,
      updatedAt: sql`now()`,
    })
    .where(ownedBy(options.job));
}

/** Exponential backoff with jitter: 2 s, 4 s, 8 s … (±25 %), capped at 5 minutes. */
export function retryDelaySeconds(attempt: number, random = Math.random): number {
  const base = Math.min(300, 2 ** attempt);
  return Math.round(base * (0.75 + random() * 0.5) * 1000) / 1000;
}

/** Records a failure: the job is retried later, or marked failed when attempts are used up. */
export async function failJob(
  db: Database,
  options: { job: Job; error: string; isRetryable: boolean },
): Promise<{ willRetry: boolean }> {
  const willRetry = options.isRetryable && options.job.attempts < options.job.maxAttempts;
  await db
    .update(jobs)
    .set(
      willRetry
        ? {
            status: "queued",
            lockedUntil: null,
            lockedBy: null,
            lastError: options.error,
            runAt: sql`now() + make_interval(secs => ${retryDelaySeconds(options.job.attempts)})`,
            updatedAt: sql`now()`,
          }
        : { status: "failed", lockedUntil: null, lockedBy: null, lastError: options.error, finishedAt: sql`now()`, updatedAt: sql`now()` },
    )
    .where(ownedBy(options.job));
  return { willRetry };
}
