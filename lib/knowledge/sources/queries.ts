import "server-only";
import { and, asc, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import { jobs, knowledgeChunks, knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Classification } from "../classification";

/**
 * The Knowledge page's source list, with the latest version's job progress, flag counts and the
 * personal data found in the indexed version.
 */
export async function listSources(db: Database, options: { workspaceId: string; classifications: Classification[]; includeRetired?: boolean }) {
  const sources = await db
    .select()
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, options.workspaceId),
        inArray(knowledgeSources.classification, options.classifications),
        options.includeRetired ? undefined : isNull(knowledgeSources.retiredAt),
      ),
    )
    .orderBy(desc(knowledgeSources.updatedAt))
    .limit(500);
  if (sources.length === 0) return [];
  const ids = sources.map((s) => s.id);

  const latestVersions = await db
    .selectDistinctOn([knowledgeSourceVersions.sourceId], {
      sourceId: knowledgeSourceVersions.sourceId,
      version: knowledgeSourceVersions.version,
      status: knowledgeSourceVersions.status,
      error: knowledgeSourceVersions.error,
      // The upload is dropped once a version is judged; only a version failed by the queue keeps it.
      canRetry: sql<boolean>`${knowledgeSourceVersions.status} = 'failed' and ${knowledgeSourceVersions.raw} is not null`,
      progressDone: jobs.progressDone,
      progressTotal: jobs.progressTotal,
    })
    .from(knowledgeSourceVersions)
    .leftJoin(jobs, eq(jobs.id, knowledgeSourceVersions.jobId))
    .where(and(eq(knowledgeSourceVersions.workspaceId, options.workspaceId), inArray(knowledgeSourceVersions.sourceId, ids)))
    .orderBy(knowledgeSourceVersions.sourceId, desc(knowledgeSourceVersions.version));

  const chunkCounts = await db
    .select({
      sourceId: knowledgeChunks.sourceId,
      chunks: sql<number>`count(*)::int`,
      flagged: sql<number>`count(*) filter (where ${knowledgeChunks.firewallStatus} in ('flagged', 'quarantined'))::int`,
    })
    .from(knowledgeChunks)
    .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), isNull(knowledgeChunks.retiredAt), inArray(knowledgeChunks.sourceId, ids)))
    .groupBy(knowledgeChunks.sourceId);

  // The newest ready version is the indexed one (a newer upload may still be queued or have failed).
  const indexedVersions = await db
    .selectDistinctOn([knowledgeSourceVersions.sourceId], { sourceId: knowledgeSourceVersions.sourceId, personalData: knowledgeSourceVersions.personalData })
    .from(knowledgeSourceVersions)
    .where(
      and(
        eq(knowledgeSourceVersions.workspaceId, options.workspaceId),
        inArray(knowledgeSourceVersions.sourceId, ids),
        eq(knowledgeSourceVersions.status, "ready"),
      ),
    )
    .orderBy(knowledgeSourceVersions.sourceId, desc(knowledgeSourceVersions.version));

  const latestBySource = new Map(latestVersions.map((v) => [v.sourceId, v]));
  const personalDataBySource = new Map(indexedVersions.map((v) => [v.sourceId, v.personalData]));
  const countsBySource = new Map(chunkCounts.map((c) => [c.sourceId, c]));
  return sources.map((source) => ({
    ...source,
    latestVersion: latestBySource.get(source.id) ?? null,
    chunkCount: Number(countsBySource.get(source.id)?.chunks ?? 0),
    flaggedCount: Number(countsBySource.get(source.id)?.flagged ?? 0),
    personalData: personalDataBySource.get(source.id) ?? null,
  }));
}

export type SourceListItem = Awaited<ReturnType<typeof listSources>>[number];

/** One source with its version history and the chunks of a chosen version (current by default). */
export async function getSourceDetail(
  db: Database,
  options: { workspaceId: string; sourceId: string; classifications: Classification[]; version?: number },
) {
  const [source] = await db
    .select()
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, options.workspaceId),
        eq(knowledgeSources.id, options.sourceId),
        inArray(knowledgeSources.classification, options.classifications),
      ),
    );
  if (!source) return null;
  const versions = await db
    .select({
      id: knowledgeSourceVersions.id,
      version: knowledgeSourceVersions.version,
      status: knowledgeSourceVersions.status,
      format: knowledgeSourceVersions.format,
      fileName: knowledgeSourceVersions.fileName,
      byteSize: knowledgeSourceVersions.byteSize,
      error: knowledgeSourceVersions.error,
      warnings: knowledgeSourceVersions.warnings,
      personalData: knowledgeSourceVersions.personalData,
      chunksTotal: knowledgeSourceVersions.chunksTotal,
      createdAt: knowledgeSourceVersions.createdAt,
      completedAt: knowledgeSourceVersions.completedAt,
    })
    .from(knowledgeSourceVersions)
    .where(and(eq(knowledgeSourceVersions.workspaceId, options.workspaceId), eq(knowledgeSourceVersions.sourceId, source.id)))
    .orderBy(desc(knowledgeSourceVersions.version));
  const shownVersion = options.version ?? source.currentVersion;
  const chunks = await db
    .select({
      id: knowledgeChunks.id,
      ordinal: knowledgeChunks.ordinal,
      sectionPath: knowledgeChunks.sectionPath,
      text: knowledgeChunks.text,
      tokenCount: knowledgeChunks.tokenCount,
      firewallStatus: knowledgeChunks.firewallStatus,
      firewallFlags: knowledgeChunks.firewallFlags,
      holdsPersonalData: knowledgeChunks.holdsPersonalData,
      retiredAt: knowledgeChunks.retiredAt,
      embeddingModel: knowledgeChunks.embeddingModel,
    })
    .from(knowledgeChunks)
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        eq(knowledgeChunks.sourceId, source.id),
        eq(knowledgeChunks.version, shownVersion),
        // An older version may have been more confidential than the source is now.
        inArray(knowledgeChunks.classification, options.classifications),
      ),
    )
    .orderBy(asc(knowledgeChunks.ordinal));
  return { source, versions, shownVersion, chunks };
}
