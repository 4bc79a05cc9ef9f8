import { and, eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { getDb } from "@/lib/db/client";
import { auditLog, jobs } from "@/lib/db/schema";
import { loadRoutingSettings } from "@/lib/ai/router";
import { createWorkspaceWithEveryRole } from "@/lib/testing/fixtures";
import { signInAs } from "@/lib/testing/session-mock";
import { purgeNowAction, updateRetentionPeriodsAction } from "@/app/(app)/[workspace]/admin/data-protection/actions";
import { ALL_DEFAULTS, RETENTION_KIND_NAMES, RETENTION_KINDS, retentionPeriodsSchema } from "./periods";
import { RETENTION_PURGE_JOB_TYPE } from "./job-types";
import { getWorkspaceRetention } from "./settings";

vi.mock("@/lib/auth/session", async () => (await import("@/lib/testing/session-mock")).sessionModuleMock);

describe("retention periods", () => {
  it("every kind has a default within its bounds", () => {
    for (const kind of RETENTION_KIND_NAMES) {
      const { minDays, defaultDays, maxDays } = RETENTION_KINDS[kind];
      expect(minDays, kind).toBeLessThanOrEqual(defaultDays);
      expect(defaultDays, kind).toBeLessThanOrEqual(maxDays);
    }
    // Security investigations need the audit's personal fields for months.
    expect(RETENTION_KINDS.auditPersonal.minDays).toBeGreaterThanOrEqual(180);
  });

  it("the schema refuses a period below the minimum or above the maximum, and says which", () => {
    const below = retentionPeriodsSchema.safeParse({ ...ALL_DEFAULTS, auditPersonal: 30 });
    expect(below.success).toBe(false);
    expect(below.error!.issues[0]!.message).toBe("Personal fields of audit entries: at least 180 days");
    const above = retentionPeriodsSchema.safeParse({ ...ALL_DEFAULTS, prompts: 366 });
    expect(above.error!.issues[0]!.message).toBe("Stored prompts: at most 365 days");
    expect(retentionPeriodsSchema.safeParse({ ...ALL_DEFAULTS, notifications: 7.5 }).success).toBe(false);
    expect(retentionPeriodsSchema.safeParse({ ...ALL_DEFAULTS, prompts: 0, notifications: 7 }).success).toBe(true);
  });

  it("an admin saves periods; the audit entry keeps old and new values; the router reads the stored-prompt period", async () => {
    const db = await getDb();
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    expect(await updateRetentionPeriodsAction({ workspaceId: workspace.id, periods: { ...ALL_DEFAULTS, prompts: 7, comments: 365 } })).toMatchObject({ data: { changed: ["prompts", "comments"] } });
    expect(await updateRetentionPeriodsAction({ workspaceId: workspace.id, periods: { ...ALL_DEFAULTS, prompts: 14 } })).toMatchObject({ data: { changed: ["prompts", "comments"] } });

    expect((await getWorkspaceRetention(db, workspace.id)).chosen).toEqual({ ...ALL_DEFAULTS, prompts: 14 });
    expect((await loadRoutingSettings(db, workspace.id)).payloadRetentionDays).toBe(14);
    const entries = await db.select().from(auditLog).where(and(eq(auditLog.chainKey, workspace.id), eq(auditLog.action, "retention.update_periods"))).orderBy(auditLog.chainSeq);
    expect(entries.map((e) => e.detail)).toEqual([
      { changes: { prompts: { from: null, to: 7 }, comments: { from: null, to: 365 } } },
      { changes: { prompts: { from: 7, to: 14 }, comments: { from: 365, to: null } } },
    ]);

    const refused = await updateRetentionPeriodsAction({ workspaceId: workspace.id, periods: { ...ALL_DEFAULTS, auditPersonal: 10 } });
    expect(refused.validationErrors).toBeDefined();
    expect((await getWorkspaceRetention(db, workspace.id)).chosen.auditPersonal).toBeNull();

    signInAs(members.editor.id);
    expect(await updateRetentionPeriodsAction({ workspaceId: workspace.id, periods: ALL_DEFAULTS })).toMatchObject({ serverError: { code: "forbidden" } });
  });

  it("Purge now queues one purge job for the workspace, not a second while it waits", async () => {
    const db = await getDb();
    const { workspace, members } = await createWorkspaceWithEveryRole();
    signInAs(members.admin.id);
    const first = await purgeNowAction({ workspaceId: workspace.id });
    const second = await purgeNowAction({ workspaceId: workspace.id });
    expect(first.data).toMatchObject({ alreadyQueued: false });
    expect(second.data).toEqual({ jobId: first.data!.jobId, alreadyQueued: true });
    const queued = await db.select().from(jobs).where(and(eq(jobs.workspaceId, workspace.id), eq(jobs.type, RETENTION_PURGE_JOB_TYPE)));
    expect(queued).toMatchObject([{ status: "queued", payload: { requestedBy: members.admin.id } }]);

    const { runQueuedJobs } = await import("@/lib/jobs/worker");
    const { retentionPurgeJobHandler } = await import("./purge-now");
    expect(await runQueuedJobs(db, { [RETENTION_PURGE_JOB_TYPE]: retentionPurgeJobHandler }, { workspaceId: workspace.id })).toBe(1);
    expect((await getWorkspaceRetention(db, workspace.id)).lastPurgedAt).toBeInstanceOf(Date);
  });
});
