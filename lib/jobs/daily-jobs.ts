import "server-only";
import type { Database } from "@/lib/db/types";
import { enqueueJob } from "./queue";
import { WORKSPACE_DELETION_JOB_TYPE } from "@/lib/data-protection/deletion/job-type";

/** Retention purge of every workspace and of the instance's spent records (lib/data-protection/retention/daily-job.ts). */
export const DATA_PROTECTION_DAILY_JOB_TYPE = "data-protection-daily";

/** One mail per member with unread notifications who chose the daily digest (lib/notifications/daily-digest.ts). */
export const NOTIFICATION_DIGEST_JOB_TYPE = "notification-digest";

/**
 * Job types queued once per UTC day. Each needs a handler in handlers.ts; its payload is
 * `{ date: "YYYY-MM-DD" }`, the day it was queued for.
 */
export const DAILY_JOB_TYPES: readonly string[] = [DATA_PROTECTION_DAILY_JOB_TYPE, WORKSPACE_DELETION_JOB_TYPE, NOTIFICATION_DIGEST_JOB_TYPE];

export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** `data-protection-daily:2026-12-07`: the queue's unique idempotency key makes it one job per day, however many instances ask. */
export function dailyJobKey(type: string, date: string): string {
  return `${type}:${date}`;
}

/**
 * Queues today's daily jobs. Every instance's worker loop calls this; the idempotency key turns
 * all but the first call of the day into no-ops, so no leader election is needed.
 */
export async function enqueueDailyJobs(db: Database, now = new Date()): Promise<string[]> {
  const date = utcDate(now);
  const ids: string[] = [];
  for (const type of DAILY_JOB_TYPES) {
    ids.push(await enqueueJob(db, { workspaceId: null, type, payload: { date }, maxAttempts: 3, idempotencyKey: dailyJobKey(type, date) }));
  }
  return ids;
}

const globalForDaily = globalThis as typeof globalThis & { __brandpilotDailyJobsDate?: string };

/**
 * For polling loops (every two seconds): queues the day's jobs at the first poll of each UTC day
 * and skips the database otherwise. A failed attempt is retried at the next poll.
 */
export async function scheduleDailyJobs(db: Database, now = new Date()): Promise<boolean> {
  const date = utcDate(now);
  if (globalForDaily.__brandpilotDailyJobsDate === date) return false;
  await enqueueDailyJobs(db, now);
  globalForDaily.__brandpilotDailyJobsDate = date;
  return true;
}

/** Tests: behave like a freshly started process. */
export function forgetScheduledDailyJobs() {
  globalForDaily.__brandpilotDailyJobsDate = undefined;
}
