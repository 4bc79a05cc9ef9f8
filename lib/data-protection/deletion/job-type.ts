/** Daily: deletes the workspaces whose grace period has ended (instance-wide job, no workspace of its own). */
export const WORKSPACE_DELETION_JOB_TYPE = "data_protection.workspace_deletion";
