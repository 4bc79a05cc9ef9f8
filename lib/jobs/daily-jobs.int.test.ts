import { eq, like } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { jobs } from "@/lib/db/schema";
import { DATA_PROTECTION_DAILY_JOB_TYPE, DAILY_JOB_TYPES, enqueueDailyJobs, forgetScheduledDailyJobs, scheduleDailyJobs } from "./daily-jobs";

// A date far from today, so this file's jobs cannot collide with a real run on a shared database.
const DAY = new Date("2031-03-14T05:00:00Z");
const LATER_SAME_DAY = new Date("2031-03-14T23:59:00Z");
const NEXT_DAY = new Date("2031-03-15T00:01:00Z");

const jobsFor = async (date: string) => (await getDb()).select().from(jobs).where(like(jobs.idempotencyKey, `%:${date}`));

afterEach(() => forgetScheduledDailyJobs());

describe("daily jobs", () => {
  it("the data-protection purge is one of them", () => {
    expect(DAILY_JOB_TYPES).toContain(DATA_PROTECTION_DAILY_JOB_TYPE);
  });

  it("queues each daily job once per UTC day, however many instances ask", async () => {
    const db = await getDb();
    // Two instances: each process has its own memory of what it scheduled, the queue is shared.
    const first = await enqueueDailyJobs(db, DAY);
    forgetScheduledDailyJobs();
    const second = await enqueueDailyJobs(db, LATER_SAME_DAY);
    expect(second).toEqual(first);

    const queued = await jobsFor("2031-03-14");
    expect(queued).toHaveLength(DAILY_JOB_TYPES.length);
    const purge = queued.find((job) => job.type === DATA_PROTECTION_DAILY_JOB_TYPE)!;
    expect(purge).toMatchObject({ idempotencyKey: "data-protection-daily:2031-03-14", status: "queued", workspaceId: null, payload: { date: "2031-03-14" } });
  });

  it("a polling loop touches the queue only at the first poll of each day", async () => {
    const db = await getDb();
    expect(await scheduleDailyJobs(db, NEXT_DAY)).toBe(true);
    expect(await scheduleDailyJobs(db, NEXT_DAY)).toBe(false);
    // Another instance starting later that day finds the job already there.
    forgetScheduledDailyJobs();
    expect(await scheduleDailyJobs(db, NEXT_DAY)).toBe(true);
    expect(await jobsFor("2031-03-15")).toHaveLength(DAILY_JOB_TYPES.length);
    expect(await db.select().from(jobs).where(eq(jobs.idempotencyKey, "data-protection-daily:2031-03-16"))).toEqual([]);
  });
});
