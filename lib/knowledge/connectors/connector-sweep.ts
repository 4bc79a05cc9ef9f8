import "server-only";
import { and, asc, eq, lte, ne } from "drizzle-orm";
import { knowledgeConnectors } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { enqueueJob } from "@/lib/jobs/queue";
import type { JobHandler } from "@/lib/jobs/worker";
import { sweepBucket } from "./schedule";
import { CONNECTOR_SWEEP_JOB_TYPE, CONNECTOR_SYNC_JOB_TYPE, type ConnectorSyncPayload } from "./sync-job-types";

const SWEEP_BATCH = 500;

/**
 * Queues a sync for every unpaused connector whose time has come. The idempotency key names the
 * connector and the due time it is queued for: however many instances sweep, and however often,
 * a due time gets one job. The sync moves next_sync_at on, which makes the next key.
 */
export async function enqueueDueConnectorSyncs(db: Database, now = new Date()): Promise<number> {
  const due = await db
    .select({ id: knowledgeConnectors.id, workspaceId: knowledgeConnectors.workspaceId, nextSyncAt: knowledgeConnectors.nextSyncAt })
    .from(knowledgeConnectors)
    .where(and(eq(knowledgeConnectors.isPaused, false), ne(knowledgeConnectors.schedule, "manual"), lte(knowledgeConnectors.nextSyncAt, now)))
    .orderBy(asc(knowledgeConnectors.nextSyncAt))
    .limit(SWEEP_BATCH);
  for (const connector of due) {
    const payload: ConnectorSyncPayload = { workspaceId: connector.workspaceId, connectorId: connector.id, trigger: "schedule" };
    await enqueueJob(db, { workspaceId: connector.workspaceId, type: CONNECTOR_SYNC_JOB_TYPE, payload, maxAttempts: 1, idempotencyKey: `connector-sync:${connector.id}:${connector.nextSyncAt!.toISOString()}` });
  }
  return due.length;
}

export const connectorSweepJobHandler: JobHandler = {
  async run({ db }) {
    await enqueueDueConnectorSyncs(db);
  },
};

const globalForSweep = globalThis as typeof globalThis & { __brandpilotConnectorSweep?: string };

/**
 * For the worker's polling loop: queues one sweep per five-minute bucket. Every instance may ask;
 * the bucket's idempotency key keeps one job, so no leader election is needed.
 */
export async function scheduleConnectorSweep(db: Database, now = new Date()): Promise<boolean> {
  const bucket = sweepBucket(now);
  if (globalForSweep.__brandpilotConnectorSweep === bucket) return false;
  await enqueueJob(db, { workspaceId: null, type: CONNECTOR_SWEEP_JOB_TYPE, payload: { bucket }, maxAttempts: 2, idempotencyKey: `${CONNECTOR_SWEEP_JOB_TYPE}:${bucket}` });
  globalForSweep.__brandpilotConnectorSweep = bucket;
  return true;
}
