import "server-only";
import type { JobHandlers } from "./worker";

/** Every job type the workers know. Loaded lazily: the ingestion code is heavy and server-only. */
export async function loadJobHandlers(): Promise<JobHandlers> {
  const { INGEST_JOB_TYPE } = await import("@/lib/knowledge/ingest/ingest-types");
  const { ingestJobHandler } = await import("@/lib/knowledge/ingest/ingest-versions");
  const { REEMBED_JOB_TYPE, reembedJobHandler } = await import("@/lib/knowledge/ingest/reembed");
  const { BATCH_ITEM_JOB_TYPE, batchItemJobHandler } = await import("@/lib/assets/batch/batch-job");
  const { KPI_IMPORT_JOB_TYPE, kpiImportJobHandler } = await import("@/lib/kpi/jobs/import-job");
  const { WEBHOOK_JOB_TYPE } = await import("@/lib/webhooks/enqueue-delivery");
  const { webhookDeliveryJobHandler } = await import("@/lib/webhooks/deliver-job");
  const { DATA_PROTECTION_DAILY_JOB_TYPE } = await import("./daily-jobs");
  const { dataProtectionDailyJobHandler } = await import("@/lib/data-protection/retention/daily-job");
  const { RETENTION_PURGE_JOB_TYPE } = await import("@/lib/data-protection/retention/job-types");
  const { retentionPurgeJobHandler } = await import("@/lib/data-protection/retention/purge-now");
  const { NOTIFICATION_DIGEST_JOB_TYPE, notificationDigestJobHandler } = await import("@/lib/notifications/daily-digest");
  const { WORKSPACE_DELETION_JOB_TYPE, workspaceDeletionJobHandler } = await import("@/lib/data-protection/deletion/deletion-job");
  const { CONNECTOR_SYNC_JOB_TYPE, CONNECTOR_SWEEP_JOB_TYPE } = await import("@/lib/knowledge/connectors/sync-job-types");
  const { connectorSyncJobHandler } = await import("@/lib/knowledge/connectors/sync-connector");
  const { connectorSweepJobHandler } = await import("@/lib/knowledge/connectors/connector-sweep");
  return {
    [INGEST_JOB_TYPE]: ingestJobHandler,
    [REEMBED_JOB_TYPE]: reembedJobHandler,
    [BATCH_ITEM_JOB_TYPE]: batchItemJobHandler,
    [KPI_IMPORT_JOB_TYPE]: kpiImportJobHandler,
    [WEBHOOK_JOB_TYPE]: webhookDeliveryJobHandler,
    [DATA_PROTECTION_DAILY_JOB_TYPE]: dataProtectionDailyJobHandler,
    [RETENTION_PURGE_JOB_TYPE]: retentionPurgeJobHandler,
    [WORKSPACE_DELETION_JOB_TYPE]: workspaceDeletionJobHandler,
    [NOTIFICATION_DIGEST_JOB_TYPE]: notificationDigestJobHandler,
    [CONNECTOR_SYNC_JOB_TYPE]: connectorSyncJobHandler,
    [CONNECTOR_SWEEP_JOB_TYPE]: connectorSweepJobHandler,
  };
}
