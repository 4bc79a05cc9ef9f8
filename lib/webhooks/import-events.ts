import "server-only";
import { sql } from "drizzle-orm";
import { knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { enqueueWebhookEvent } from "./enqueue-delivery";
import type { WebhookEventData } from "./events";

/** What a product feed import did to the catalog, carried in the ingestion job to its end. */
export type FeedImportSummary = NonNullable<WebhookEventData<"import.finished">["import"]["feed"]>;

/**
 * import.finished for an ingestion job that ended, indexed or failed for good, in the transaction
 * that records its outcome. Counts come from the versions' final statuses, so they agree with the
 * knowledge page. Keyed by the job: a job retried after recording its outcome reports once.
 */
export async function enqueueImportFinished(
  db: Database,
  options: { workspaceId: string; jobId: string; versionIds: string[]; feed?: FeedImportSummary | null; error?: string | null },
): Promise<string | null> {
  const rows = await db
    .select({ status: knowledgeSourceVersions.status, count: sql<number>`count(*)::int` })
    .from(knowledgeSourceVersions)
    .where(sql`${knowledgeSourceVersions.workspaceId} = ${options.workspaceId} and ${knowledgeSourceVersions.id} = any(${pgTextArray(options.versionIds)}::text[])`)
    .groupBy(knowledgeSourceVersions.status);
  const by = (status: string) => rows.find((row) => row.status === status)?.count ?? 0;
  const versions = { total: options.versionIds.length, indexed: by("ready"), duplicate: by("duplicate"), failed: by("failed"), superseded: by("superseded") };
  const status = options.error || (versions.total > 0 && versions.failed === versions.total) ? "failed" : versions.failed > 0 ? "partial" : "succeeded";
  return enqueueWebhookEvent(db, {
    workspaceId: options.workspaceId,
    event: "import.finished",
    dedupeKey: `import.finished:${options.jobId}`,
    data: {
      import: { kind: options.feed ? "product_feed" : "knowledge_source", jobId: options.jobId, status, error: options.error ?? null, finishedAt: new Date().toISOString(), versions, feed: options.feed ?? null },
    },
  });
}

/** A feed import that changed no product queues no job: it is finished when its transaction commits. */
export async function enqueueUnchangedFeedImport(db: Database, options: { workspaceId: string; feed: FeedImportSummary }): Promise<string | null> {
  return enqueueWebhookEvent(db, {
    workspaceId: options.workspaceId,
    event: "import.finished",
    data: {
      import: { kind: "product_feed", jobId: null, status: "succeeded", error: null, finishedAt: new Date().toISOString(), versions: { total: 0, indexed: 0, duplicate: 0, failed: 0, superseded: 0 }, feed: options.feed },
    },
  });
}
