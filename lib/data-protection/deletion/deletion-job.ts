import "server-only";
import type { JobHandler } from "@/lib/jobs/worker";
import { runDueWorkspaceDeletions } from "./run-due-deletions";

/** Daily: deletes the workspaces whose grace period has ended (instance-wide job, no workspace of its own). */
export const WORKSPACE_DELETION_JOB_TYPE = "data_protection.workspace_deletion";

export const workspaceDeletionJobHandler: JobHandler = {
  async run({ db }) {
    const results = await runDueWorkspaceDeletions(db, new Date());
    if (results.length > 0) console.log(`[data-protection] deleted ${results.length} workspace(s) after their grace period`);
  },
};
