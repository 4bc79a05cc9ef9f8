import "server-only";
import { and, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { embedForWorkspace } from "@/lib/ai/embed";
import { isNearDuplicate } from "@/lib/rag/dedupe";
import type { JobContext, JobHandler } from "@/lib/jobs/worker";
import { PermanentJobError } from "@/lib/jobs/worker";
import { indexVersionChunks, type VersionToIndex } from "./index-chunks";
import { prepareVersion, type PreparedVersion } from "./prepare-version";

export const INGEST_JOB_TYPE = "knowledge.ingest";
export type IngestJobPayload = { workspaceId: string; versionIds: string[] };

const EMBED_BATCH = 128;
/** Versions written per transaction: big enough to amortise commits, small enough to show progress. */
const COMMIT_BATCH = 64;

type Candidate = { source: typeof knowledgeSources.$inferSelect; version: typeof knowledgeSourceVersions.$inferSelect };
type Outcome = { versionId: string; status: "ready" | "duplicate" | "failed"; message?: string };

/**
 * The ingestion job: for each queued version, prepare (parse, chunk, firewall), detect exact and
 * near duplicates, embed through the model registry, then write chunks and retire the previous
 * version in one transaction. Progress is chunks embedded of chunks in the job. A version that
 * cannot be read fails alone with its reason; the others still go in.
 */
export async function ingestVersions(context: JobContext): Promise<void> {
  const { db, job } = context;
  const payload = job.payload as IngestJobPayload;
  const rows = await db
    .select({ source: knowledgeSources, version: knowledgeSourceVersions })
    .from(knowledgeSourceVersions)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeSourceVersions.sourceId))
    .where(and(eq(knowledgeSourceVersions.workspaceId, payload.workspaceId), inArray(knowledgeSourceVersions.id, payload.versionIds)));
  const pending = rows.filter((row) => row.version.status === "queued" || row.version.status === "processing");
  if (pending.length === 0) return;

  await markProcessing(db, pending);
  const knownHashes = await loadActiveHashes(db, payload.workspaceId);

  const prepared: { candidate: Candidate; prepared: PreparedVersion }[] = [];
  const outcomes: Outcome[] = [];
  for (const candidate of pending) {
    try {
      const result = await prepareVersion(candidate.source, candidate.version);
      const duplicateOf = knownHashes.byContent.get(result.contentHash);
      if (duplicateOf && duplicateOf.sourceId !== candidate.source.id) {
        outcomes.push({ versionId: candidate.version.id, status: "duplicate", message: `Same text as “${duplicateOf.title}”; not indexed twice.` });
        continue;
      }
      if (duplicateOf && duplicateOf.sourceId === candidate.source.id) {
        outcomes.push({ versionId: candidate.version.id, status: "duplicate", message: "The text did not change since the current version." });
        continue;
      }
      knownHashes.byContent.set(result.contentHash, { sourceId: candidate.source.id, title: candidate.source.title });
      prepared.push({ candidate, prepared: result });
    } catch (error) {
      if (!(error instanceof PermanentJobError)) throw error;
      outcomes.push({ versionId: candidate.version.id, status: "failed", message: error.message });
    }
    // Parsing is CPU work on the web process's event loop: let requests through between files.
    await new Promise((resolve) => setImmediate(resolve));
  }

  const totalChunks = prepared.reduce((sum, p) => sum + p.prepared.chunks.length, 0);
  let embeddedChunks = 0;
  await context.reportProgress(0, totalChunks);

  for (let i = 0; i < prepared.length; i += COMMIT_BATCH) {
    const batch = prepared.slice(i, i + COMMIT_BATCH);
    const toIndex: VersionToIndex[] = [];
    for (const { candidate, prepared: p } of batch) {
      const embeddings: number[][] = [];
      let modelId = "";
      let dimensions = 0;
      for (let j = 0; j < p.chunks.length; j += EMBED_BATCH) {
        const result = await embedForWorkspace(payload.workspaceId, p.chunks.slice(j, j + EMBED_BATCH).map((c) => c.text));
        embeddings.push(...result.embeddings);
        modelId = result.modelId;
        dimensions = result.dimensions;
      }
      embeddedChunks += p.chunks.length;
      toIndex.push({
        workspaceId: payload.workspaceId,
        sourceId: candidate.source.id,
        versionId: candidate.version.id,
        version: candidate.version.version,
        language: p.language,
        classification: candidate.source.classification,
        kind: candidate.source.kind,
        url: candidate.source.canonicalUrl,
        category: candidate.source.category,
        embeddingModel: modelId,
        embeddingDimensions: dimensions,
        chunks: p.chunks.map((chunk, index) => ({ ...chunk, embedding: embeddings[index]! })),
      });
    }
    await db.transaction(async (tx) => {
      await indexVersionChunks(tx, toIndex);
      for (const { candidate, prepared: p } of batch) {
        const nearDuplicate = findNearDuplicate(knownHashes.simhashes, candidate.source.id, p.simhash);
        await tx
          .update(knowledgeSourceVersions)
          .set({
            status: "ready",
            contentHash: p.contentHash,
            simhash: p.simhash,
            warnings: p.warnings,
            chunksTotal: p.chunks.length,
            chunksDone: p.chunks.length,
            error: null,
            raw: null, // the chunks hold the text now; the upload is not kept twice
            completedAt: sql`now()`,
          })
          .where(eq(knowledgeSourceVersions.id, candidate.version.id));
        await tx
          .update(knowledgeSources)
          .set({
            status: "ready",
            currentVersion: candidate.version.version,
            language: p.language,
            isLanguageDetected: candidate.source.language === null,
            nearDuplicateOfId: nearDuplicate?.sourceId ?? null,
            statusMessage: nearDuplicate ? `Nearly identical to “${nearDuplicate.title}”.` : null,
            updatedAt: sql`now()`,
          })
          .where(eq(knowledgeSources.id, candidate.source.id));
        knownHashes.simhashes.push({ sourceId: candidate.source.id, title: candidate.source.title, simhash: p.simhash });
      }
    });
    await context.reportProgress(embeddedChunks, totalChunks);
  }

  await recordOutcomes(db, outcomes);
}

async function markProcessing(db: Database, pending: Candidate[]) {
  const versionIds = pending.map((p) => p.version.id);
  await db.update(knowledgeSourceVersions).set({ status: "processing" }).where(inArray(knowledgeSourceVersions.id, versionIds));
  await db
    .update(knowledgeSources)
    .set({ status: "processing", updatedAt: sql`now()` })
    .where(and(inArray(knowledgeSources.id, pending.map((p) => p.source.id)), ne(knowledgeSources.status, "ready")));
}

/** Content hashes and simhashes of every source's current version in the workspace. */
async function loadActiveHashes(db: Database, workspaceId: string) {
  const rows = await db
    .select({
      sourceId: knowledgeSources.id,
      title: knowledgeSources.title,
      contentHash: knowledgeSourceVersions.contentHash,
      simhash: knowledgeSourceVersions.simhash,
    })
    .from(knowledgeSources)
    .innerJoin(
      knowledgeSourceVersions,
      and(eq(knowledgeSourceVersions.sourceId, knowledgeSources.id), eq(knowledgeSourceVersions.version, knowledgeSources.currentVersion)),
    )
    .where(and(eq(knowledgeSources.workspaceId, workspaceId), isNull(knowledgeSources.retiredAt), isNotNull(knowledgeSourceVersions.contentHash)));
  return {
    byContent: new Map(rows.map((row) => [row.contentHash!, { sourceId: row.sourceId, title: row.title }])),
    simhashes: rows.filter((row) => row.simhash !== null).map((row) => ({ sourceId: row.sourceId, title: row.title, simhash: row.simhash! })),
  };
}

function findNearDuplicate(known: { sourceId: string; title: string; simhash: bigint }[], sourceId: string, simhash: bigint) {
  return known.find((entry) => entry.sourceId !== sourceId && isNearDuplicate(entry.simhash, simhash));
}

async function recordOutcomes(db: Database, outcomes: Outcome[]) {
  for (const outcome of outcomes) {
    const [version] = await db
      .update(knowledgeSourceVersions)
      .set({ status: outcome.status, error: outcome.message ?? null, completedAt: sql`now()`, raw: null })
      .where(eq(knowledgeSourceVersions.id, outcome.versionId))
      .returning({ sourceId: knowledgeSourceVersions.sourceId, version: knowledgeSourceVersions.version });
    if (!version) continue;
    // A source that already has a searchable version keeps it; only a first version's failure
    // marks the whole source failed.
    await db
      .update(knowledgeSources)
      .set({
        status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else ${outcome.status}::source_status end`,
        statusMessage: `Version ${version.version}: ${outcome.message}`,
        updatedAt: sql`now()`,
      })
      .where(eq(knowledgeSources.id, version.sourceId));
  }
}

/** Marks a job's versions after a failed attempt: queued again while retrying, failed at the end. */
async function onIngestFailure(context: JobContext, failure: { message: string; willRetry: boolean }) {
  const payload = context.job.payload as IngestJobPayload;
  const reason = failure.willRetry ? `Retrying after an error: ${failure.message}` : `Failed: ${failure.message}`;
  await context.db
    .update(knowledgeSourceVersions)
    .set({ status: failure.willRetry ? "queued" : "failed", error: reason })
    .where(and(inArray(knowledgeSourceVersions.id, payload.versionIds), inArray(knowledgeSourceVersions.status, ["queued", "processing"])));
  await context.db
    .update(knowledgeSources)
    .set({
      status: sql`case when ${knowledgeSources.currentVersion} > 0 then 'ready'::source_status else ${failure.willRetry ? "queued" : "failed"}::source_status end`,
      statusMessage: reason,
      updatedAt: sql`now()`,
    })
    .where(
      inArray(
        knowledgeSources.id,
        context.db.select({ id: knowledgeSourceVersions.sourceId }).from(knowledgeSourceVersions).where(inArray(knowledgeSourceVersions.id, payload.versionIds)),
      ),
    );
}

export const ingestJobHandler: JobHandler = { run: ingestVersions, onFailure: onIngestFailure };
