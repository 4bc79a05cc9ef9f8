/** One workspace's purge, queued by an admin's "Purge now" (the daily job purges all of them). */
export const RETENTION_PURGE_JOB_TYPE = "retention-purge";
