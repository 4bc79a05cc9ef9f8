import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { submitIngestion } from "./submit-ingestion";

/**
 * Queues a source's failed newest version again. Only possible while its upload is still stored:
 * a file the parser refused is dropped with its verdict, and retrying it would fail the same way,
 * so the member is told to upload a corrected file instead.
 */
export async function retryFailedSource(tx: Database, options: { workspaceId: string; sourceId: string }) {
  const [latest] = await tx
    .select({ id: knowledgeSourceVersions.id, status: knowledgeSourceVersions.status, hasRaw: sql<boolean>`${knowledgeSourceVersions.raw} is not null`, title: knowledgeSources.title })
    .from(knowledgeSourceVersions)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeSourceVersions.sourceId))
    .where(and(eq(knowledgeSourceVersions.workspaceId, options.workspaceId), eq(knowledgeSourceVersions.sourceId, options.sourceId), sql`${knowledgeSources.retiredAt} is null`))
    .orderBy(desc(knowledgeSourceVersions.version))
    .limit(1);
  if (!latest) throw new AppError("not_found", "This source does not exist or was removed.");
  if (latest.status !== "failed") throw new AppError("conflict", `“${latest.title}” has not failed, so there is nothing to retry.`);
  if (!latest.hasRaw) {
    throw new AppError("conflict", `“${latest.title}” cannot be retried: the file itself could not be read. Upload a corrected file as a new version, or remove the source.`);
  }
  await tx.update(knowledgeSourceVersions).set({ status: "queued", error: null, completedAt: null }).where(eq(knowledgeSourceVersions.id, latest.id));
  await tx
    .update(knowledgeSources)
    .set({ status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else 'queued'::source_status end`, statusMessage: null, updatedAt: sql`now()` })
    .where(eq(knowledgeSources.id, options.sourceId));
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [latest.id], retryKey: createId("job") });
  return { sourceId: options.sourceId, versionId: latest.id, jobId };
}
