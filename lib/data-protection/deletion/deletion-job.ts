import "server-only";
import type { JobHandler } from "@/lib/jobs/worker";
import { runDueWorkspaceDeletions } from "./run-due-deletions";


export { WORKSPACE_DELETION_JOB_TYPE } from "./job-type";

export const workspaceDeletionJobHandler: JobHandler = {
  async run({ db, keepAlive }) {
    const results = await runDueWorkspaceDeletions(db, new Date(), { keepAlive });
    if (results.length > 0) console.log(`[data-protection] deleted ${results.length} workspace(s) after their grace period`);
  },
};
