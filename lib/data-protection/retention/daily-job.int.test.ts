import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, generationBatches, jobs, rateLimits, setupTokens, userSessions, workspaceRetention } from "@/lib/db/schema";
import { createId } from "@/lib/ids";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { daysAgo, seedRecordsOfKind } from "@/lib/testing/retention-fixtures";
import { JOB_LOCK_SECONDS } from "@/lib/jobs/queue";
import { claimJobWithShortLease, leaseSecondsLeft } from "@/lib/testing/short-lease-job";
import { runDailyPurge } from "./daily-job";
import { FAILED_JOB_DAYS, SPENT_RECORD_GRACE_DAYS, SUCCEEDED_JOB_DAYS } from "./purge-instance";

describe("the daily purge", () => {
  it("renews the job's lease after its batches, not only once per workspace", async () => {
    const db = await getDb();
    const { job, context, settle } = await claimJobWithShortLease(db, "lease-test-daily-purge");
    // No workspaces: progress is never reported, so only the per-batch renewal can move the lease.
    await runDailyPurge(db, { workspaceIds: [], onBatch: context.keepAlive });
    await settle();
    expect(await leaseSecondsLeft(db, job.id)).toBeGreaterThan(JOB_LOCK_SECONDS - 60);
  });

  it("purges every workspace; one failing workspace is reported and audited, and does not stop the others", async () => {
    const db = await getDb();
    const first = await createTestWorkspace("First");
    const broken = await createTestWorkspace("Broken");
    const last = await createTestWorkspace("Last");
    // A period below its minimum (written by hand, or before a minimum was raised): refused, not guessed.
    await db.insert(workspaceRetention).values({ workspaceId: broken.id, modelCallsDays: 5 });
    const [firstOld] = await seedRecordsOfKind(db, { workspaceId: first.id, kind: "comments", ageDays: 800 });
    const [brokenOld] = await seedRecordsOfKind(db, { workspaceId: broken.id, kind: "comments", ageDays: 800 });
    const [lastOld] = await seedRecordsOfKind(db, { workspaceId: last.id, kind: "comments", ageDays: 800 });

    const result = await runDailyPurge(db, { workspaceIds: [first.id, broken.id, last.id] });

    expect(result.purged.map((p) => p.workspaceId).sort()).toEqual([first.id, last.id].sort());
    expect(result.failed).toEqual([{ workspaceId: broken.id, reason: expect.stringContaining("Model call records (5 days) is outside 31–3650 days") }]);
    expect(await firstOld!.isKept()).toBe(false);
    expect(await lastOld!.isKept()).toBe(false);
    expect(await brokenOld!.isKept()).toBe(true);
    const brokenAudit = await db.select().from(auditLog).where(and(eq(auditLog.chainKey, broken.id), eq(auditLog.action, "retention.purge")));
    expect(brokenAudit).toMatchObject([{ outcome: "failed", detail: { trigger: "schedule", reason: expect.stringContaining("outside") } }]);
    const lastAudit = await db.select().from(auditLog).where(and(eq(auditLog.chainKey, last.id), eq(auditLog.action, "retention.purge")));
    expect(lastAudit).toMatchObject([{ outcome: "success", detail: { trigger: "schedule", counts: { asset_comments: 1 } } }]);
  });

  it("removes the instance's spent records after their grace period and keeps the rest", async () => {
    const db = await getDb();
    const user = await createTestUser();
    const pastGrace = daysAgo(SPENT_RECORD_GRACE_DAYS + 1);
    const withinGrace = daysAgo(SPENT_RECORD_GRACE_DAYS - 1);
    const session = (id: string, values: Partial<typeof userSessions.$inferInsert>) =>
      db.insert(userSessions).values({ id, userId: user.id, method: "password", expiresAt: new Date(Date.now() + 3_600_000), ...values });
    await session("ses_old_revoked", { revokedAt: pastGrace });
    await session("ses_old_expired", { expiresAt: pastGrace });
    await session("ses_recently_revoked", { revokedAt: withinGrace });
    await session("ses_active", {});
    await db.insert(setupTokens).values([
      { id: "stk_used", tokenHash: createId("setupToken"), expiresAt: new Date(Date.now() + 3_600_000), usedAt: pastGrace },
      { id: "stk_open", tokenHash: createId("setupToken"), expiresAt: new Date(Date.now() + 3_600_000) },
    ]);
    await db.insert(rateLimits).values([
      { key: "retention-test:old", points: 3, expire: daysAgo(2) },
      { key: "retention-test:current", points: 1, expire: new Date(Date.now() + 60_000) },
    ]);
    const workspace = await createTestWorkspace();
    const batchId = createId("generationBatch");
    await db.insert(generationBatches).values({ id: batchId, workspaceId: workspace.id, brief: {}, productSourceIds: [], idempotencyKey: batchId, createdBy: user.id });
    const job = (id: string, status: "succeeded" | "failed" | "queued", finishedDaysAgo: number | null, payload: Record<string, unknown> = {}) =>
      db.insert(jobs).values({ id, workspaceId: workspace.id, type: "retention-test", payload, status, finishedAt: finishedDaysAgo === null ? null : daysAgo(finishedDaysAgo) });
    await job("job_old_ok", "succeeded", SUCCEEDED_JOB_DAYS + 1);
    await job("job_recent_ok", "succeeded", SUCCEEDED_JOB_DAYS - 1);
    await job("job_failed_month", "failed", SUCCEEDED_JOB_DAYS + 1);
    await job("job_old_failed", "failed", FAILED_JOB_DAYS + 1);
    await job("job_old_batch_item", "succeeded", SUCCEEDED_JOB_DAYS + 1, { batchId });
    await job("job_queued", "queued", null);

    const result = await runDailyPurge(db, { workspaceIds: [workspace.id] });

    expect(result.failed).toEqual([]);
    const sessions = await db.select({ id: userSessions.id }).from(userSessions).where(eq(userSessions.userId, user.id));
    expect(sessions.map((s) => s.id).sort()).toEqual(["ses_active", "ses_recently_revoked"]);
    expect((await db.select({ id: setupTokens.id }).from(setupTokens).where(inArray(setupTokens.id, ["stk_used", "stk_open"]))).map((t) => t.id)).toEqual(["stk_open"]);
    expect((await db.select({ key: rateLimits.key }).from(rateLimits).where(inArray(rateLimits.key, ["retention-test:old", "retention-test:current"]))).map((r) => r.key)).toEqual([
      "retention-test:current",
    ]);
    const remaining = await db.select({ id: jobs.id }).from(jobs).where(eq(jobs.type, "retention-test"));
    // A batch's progress is counted from its jobs: they stay while the batch does.
    expect(remaining.map((j) => j.id).sort()).toEqual(["job_failed_month", "job_old_batch_item", "job_queued", "job_recent_ok"]);
    expect(result.instance).toMatchObject({ user_sessions: expect.any(Number), jobs: expect.any(Number) });
  });
});
