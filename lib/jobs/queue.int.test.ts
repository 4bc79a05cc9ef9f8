import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { jobs } from "@/lib/db/schema";
import { claimNextJob, completeJob, enqueueJob, retryDelaySeconds } from "./queue";
import { INTERNAL_JOB_ERROR, PermanentJobError, runQueuedJobs, type JobHandlers } from "./worker";

const makeDue = async (jobId: string) => {
  const db = await getDb();
  await db.update(jobs).set({ runAt: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
};

describe("job queue", () => {
  it("retries a transient failure with backoff, then succeeds", async () => {
    const db = await getDb();
    const type = `test.flaky_${Date.now()}`;
    let calls = 0;
    const failures: { message: string; willRetry: boolean }[] = [];
    const handlers: JobHandlers = {
      [type]: {
        async run() {
          calls++;
          if (calls === 1) throw new Error("connection reset");
        },
        async onFailure(_context, failure) {
          failures.push(failure);
        },
      },
    };
    const jobId = await enqueueJob(db, { workspaceId: null, type, payload: {} });
    expect(await runQueuedJobs(db, handlers)).toBe(1);
    const [afterFirst] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(afterFirst).toMatchObject({ status: "queued", attempts: 1, lastError: "connection reset" });
    expect(afterFirst!.runAt.getTime()).toBeGreaterThan(Date.now());
    // People see a generic sentence for an unexpected error; the job keeps the detail for operators.
    expect(failures).toEqual([{ message: INTERNAL_JOB_ERROR, willRetry: true }]);
    // Not due yet: the worker leaves it alone.
    expect(await runQueuedJobs(db, handlers)).toBe(0);

    await makeDue(jobId);
    expect(await runQueuedJobs(db, handlers)).toBe(1);
    const [done] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(done).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("gives up after max attempts, and at once on a permanent error", async () => {
    const db = await getDb();
    const type = `test.broken_${Date.now()}`;
    const handlers: JobHandlers = {
      [type]: {
        async run({ job }) {
          if ((job.payload as { permanent?: boolean }).permanent) throw new PermanentJobError("file is corrupt");
          throw new Error("still down");
        },
      },
    };
    const permanent = await enqueueJob(db, { workspaceId: null, type, payload: { permanent: true } });
    const transient = await enqueueJob(db, { workspaceId: null, type, payload: {}, maxAttempts: 2 });
    await runQueuedJobs(db, handlers);
    await makeDue(transient);
    await runQueuedJobs(db, handlers);
    const rows = await db.select().from(jobs).where(sql`${jobs.id} in (${permanent}, ${transient})`);
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(permanent)).toMatchObject({ status: "failed", attempts: 1, lastError: "file is corrupt" });
    expect(byId.get(transient)).toMatchObject({ status: "failed", attempts: 2, lastError: "still down" });
  });

  it("deduplicates by idempotency key and lets only one worker claim a job", async () => {
    const db = await getDb();
    const type = `test.once_${Date.now()}`;
    const key = `key-${Date.now()}`;
    const first = await enqueueJob(db, { workspaceId: null, type, payload: {}, idempotencyKey: key });
    const second = await enqueueJob(db, { workspaceId: null, type, payload: {}, idempotencyKey: key });
    expect(second).toBe(first);
    const claims = await Promise.all([claimNextJob(db, { types: [type] }), claimNextJob(db, { types: [type] })]);
    expect(claims.filter(Boolean)).toHaveLength(1);
  });

  it("re-claims a job whose worker died holding its lock", async () => {
    const db = await getDb();
    const type = `test.orphan_${Date.now()}`;
    const jobId = await enqueueJob(db, { workspaceId: null, type, payload: {} });
    expect((await claimNextJob(db, { types: [type] }))?.id).toBe(jobId);
    expect(await claimNextJob(db, { types: [type] })).toBeNull();
    await db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
    expect((await claimNextJob(db, { types: [type] }))?.attempts).toBe(2);
  });

  it("spreads retries with jittered exponential backoff", () => {
    expect(retryDelaySeconds(1, () => 0.5)).toBe(2);
    expect(retryDelaySeconds(3, () => 0.5)).toBe(8);
    expect(retryDelaySeconds(3, () => 0)).toBe(6);
    expect(retryDelaySeconds(20, () => 0.5)).toBe(300);
  });
});

describe("job leases", () => {
  it("fails a job whose worker died on every attempt instead of re-running it forever", async () => {
    const db = await getDb();
    const type = `test.crashing_${Date.now()}`;
    const jobId = await enqueueJob(db, { workspaceId: null, type, payload: {}, maxAttempts: 1 });
    expect((await claimNextJob(db, { types: [type] }))?.id).toBe(jobId);
    await db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
    expect(await claimNextJob(db, { types: [type] })).toBeNull();
    const [job] = await db.select().from(jobs).where(eq(jobs.id, jobId));
    expect(job).toMatchObject({ status: "failed", lastError: expect.stringContaining("stopped") });
  });

  it("ignores a stale worker's answer once another worker holds the lease", async () => {
    const db = await getDb();
    const type = `test.stale_${Date.now()}`;
    const jobId = await enqueueJob(db, { workspaceId: null, type, payload: {} });
    const first = (await claimNextJob(db, { types: [type] }))!;
    await db.update(jobs).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(jobs.id, jobId));
    const second = (await claimNextJob(db, { types: [type] }))!;
    expect(second.lockedBy).not.toBe(first.lockedBy);
    expect(await completeJob(db, { job: first })).toBe(false);
    expect(await completeJob(db, { job: second })).toBe(true);
  });
});
