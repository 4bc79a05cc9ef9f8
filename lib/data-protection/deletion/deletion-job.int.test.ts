import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { JOB_LOCK_SECONDS } from "@/lib/jobs/queue";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { claimJobWithShortLease, leaseSecondsLeft } from "@/lib/testing/short-lease-job";
import { requestWorkspaceDeletion } from "@/lib/workspaces/manage-workspace";
import { WORKSPACE_DELETION_JOB_TYPE, workspaceDeletionJobHandler } from "./deletion-job";

describe("the workspace deletion job", () => {
  it("renews its lease while it deletes, so a long deletion is not claimed a second time", async () => {
    const db = await getDb();
    const owner = await createTestUser({ instanceOwner: true });
    const doomed = await createTestWorkspace("Lease Brand");
    // Requested long ago: due now.
    await db.transaction((tx) => requestWorkspaceDeletion(tx, { workspaceId: doomed.id, requestedBy: owner.id, graceDays: 1, now: new Date("2020-01-01T00:00:00Z") }));
    const { job, context, settle } = await claimJobWithShortLease(db, WORKSPACE_DELETION_JOB_TYPE);
    expect(await leaseSecondsLeft(db, job.id)).toBeLessThan(10);

    await workspaceDeletionJobHandler.run(context);
    await settle();

    expect(await leaseSecondsLeft(db, job.id)).toBeGreaterThan(JOB_LOCK_SECONDS - 60);
  });
});
