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
  if (!latest) throw new AppError("not_found", { key: "knowledge.sourceDoesNotExist3" });
  if (latest.status !== "failed") throw new AppError("conflict", { key: "knowledge.hasNotFailedThere", params: { title: latest.title } });
  if (!latest.hasRaw) {
    throw new AppError("conflict", { key: "knowledge.cannotRetriedFileItself", params: { title: latest.title } });
  }
  await tx.update(knowledgeSourceVersions).set({ status: "queued", error: null, completedAt: null }).where(eq(knowledgeSourceVersions.id, latest.id));
  await tx
    .update(knowledgeSources)
    .set({ status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else 'queued'::source_status end`, statusMessage: null, updatedAt: sql`now()` })
    .where(eq(knowledgeSources.id, options.sourceId));
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds: [latest.id], retryKey: createId("job") });
  return { sourceId: options.sourceId, versionId: latest.id, jobId };
}
