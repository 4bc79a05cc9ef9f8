import "server-only";
import { and, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { JobContext } from "@/lib/jobs/worker";
import { pgTextArray } from "@/lib/db/pg-arrays";
import type { Candidate, IngestJobPayload, Outcome } from "./ingest-types";
import { enqueueImportFinished } from "@/lib/webhooks/import-events";

/** Versions and their sources are being worked on (a source that is already searchable stays ready). */
export async function markProcessing(db: Database, pending: Candidate[]) {
  const versionIds = pending.map((p) => p.version.id);
  await db.update(knowledgeSourceVersions).set({ status: "processing" }).where(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(versionIds)}::text[])`);
  await db
    .update(knowledgeSources)
    .set({ status: "processing", updatedAt: sql`now()` })
    .where(
      and(
        sql`${knowledgeSources.id} = any(${pgTextArray(pending.map((p) => p.source.id))}::text[])`,
        ne(knowledgeSources.status, "ready"),
        isNull(knowledgeSources.retiredAt),
      ),
    );
}

/** Records the versions that were not indexed; only a first version's failure marks its source. */
export async function recordVersionOutcomes(db: Database, outcomes: Outcome[]) {
  for (const outcome of outcomes) {
    const [version] = await db
      .update(knowledgeSourceVersions)
      .set({ status: outcome.status, error: outcome.message ?? null, completedAt: sql`now()`, raw: null })
      .where(eq(knowledgeSourceVersions.id, outcome.versionId))
      .returning({ sourceId: knowledgeSourceVersions.sourceId, version: knowledgeSourceVersions.version });
    if (!version || outcome.touchesSource === false) continue;
    // A source that already has a searchable version keeps it; only a first version's failure
    // marks the whole source failed.
    await db
      .update(knowledgeSources)
      .set({
        status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else ${outcome.status === "duplicate" ? "duplicate" : "failed"}::source_status end`,
        statusMessage: `Version ${version.version}: ${outcome.message}`,
        updatedAt: sql`now()`,
      })
      .where(eq(knowledgeSources.id, version.sourceId));
  }
}

/** Marks a job's versions after a failed attempt: queued again while retrying, failed at the end. */
export async function onIngestFailure(context: JobContext, failure: { message: string; willRetry: boolean }) {
  const payload = context.job.payload as IngestJobPayload;
  const reason = failure.willRetry ? `Retrying after an error: ${failure.message}` : `Failed: ${failure.message}`;
  // The versions' final state and, when no retry follows, the import.finished webhook event commit together.
  await context.db.transaction(async (tx) => {
    await tx
      .update(knowledgeSourceVersions)
      .set({ status: failure.willRetry ? "queued" : "failed", error: reason })
      .where(and(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(payload.versionIds)}::text[])`, inArray(knowledgeSourceVersions.status, ["queued", "processing"])));
    await tx
      .update(knowledgeSources)
      .set({
        status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else ${failure.willRetry ? "queued" : "failed"}::source_status end`,
        statusMessage: reason,
        updatedAt: sql`now()`,
      })
      .where(
        inArray(
          knowledgeSources.id,
          tx
            .select({ id: knowledgeSourceVersions.sourceId })
            .from(knowledgeSourceVersions)
            .where(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(payload.versionIds)}::text[])`),
        ),
      );
    if (!failure.willRetry) await enqueueImportFinished(tx, { workspaceId: payload.workspaceId, jobId: context.job.id, versionIds: payload.versionIds, feed: payload.feed, error: failure.message });
  });
}
