import "server-only";
import { createHash } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { enqueueJob } from "@/lib/jobs/queue";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import { INGEST_JOB_TYPE, type IngestJobPayload } from "../ingest/ingest-types";
import type { FeedImportSummary } from "@/lib/webhooks/import-events";

/**
 * Queues one ingestion job for the given versions (in the caller's transaction, so the job
 * exists exactly when the versions do) and wakes the in-process worker once the response is
 * sent. The idempotency key makes a retried request reuse the job instead of queueing another.
 */
export async function submitIngestion(
  tx: Database,
  /** retryKey: a member's retry of failed versions needs a new job, not the failed one the plain key names. */
  options: { workspaceId: string; versionIds: string[]; retryKey?: string; feed?: FeedImportSummary },
): Promise<string | null> {
  if (options.versionIds.length === 0) return null;
  const payload: IngestJobPayload = { workspaceId: options.workspaceId, versionIds: options.versionIds, ...(options.feed ? { feed: options.feed } : {}) };
  const jobId = await enqueueJob(tx, {
    workspaceId: options.workspaceId,
    type: INGEST_JOB_TYPE,
    payload,
    // A digest, not the id list: a feed of thousands of products would exceed the index row size.
    idempotencyKey: `ingest:${createHash("sha256").update([...options.versionIds].sort().join(",")).digest("hex")}${options.retryKey ? `:retry:${options.retryKey}` : ""}`,
  });
  await tx.update(knowledgeSourceVersions).set({ jobId }).where(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(options.versionIds)}::text[])`);
  wakeWorkerAfterResponse();
  return jobId;
}
