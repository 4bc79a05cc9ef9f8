import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { JobContext, JobHandler } from "@/lib/jobs/worker";
import { PermanentJobError } from "@/lib/jobs/worker";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { embedBatch } from "./embed-batch";
import type { Candidate, IngestJobPayload, Outcome, PreparedCandidate, ReadyVersion } from "./ingest-types";
import { loadKnownContent, nameVisibleTo, type KnownContent } from "./known-content";
import { prepareVersion, type PreparedVersion } from "./prepare-version";
import { markProcessing, onIngestFailure, recordVersionOutcomes } from "./version-status";
import { writeBatch } from "./write-batch";
import { proposeRulesAfterIngestion } from "@/lib/brand-rules/after-ingestion";
import { enqueueImportFinished } from "@/lib/webhooks/import-events";

const MAINTENANCE_AFTER_CHUNKS = 500;
/**
 * Versions written per transaction. Each write batch rewrites the open (not yet full) posting block
 * of every term it touches; at 64 that merge was ~30 % of the database's ingestion time (profile
 * in BENCHMARKS.md), and four times fewer batches do it four times less often. Larger still
 * holds the sources' row locks longer and shows progress in coarser steps.
 */
const COMMIT_BATCH = 256;

/**
 * The ingestion job: for each queued version, prepare (parse, chunk, firewall), detect exact and
 * near duplicates, embed through the router (a call per commit batch), then write chunks and retire the previous
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
    .where(and(eq(knowledgeSourceVersions.workspaceId, payload.workspaceId), sql`${knowledgeSourceVersions.id} = any(${pgTextArray(payload.versionIds)}::text[])`));
  const pending = rows.filter((row) => row.version.status === "queued" || row.version.status === "processing");
  if (pending.length === 0) return;

  await markProcessing(db, pending);
  const known = await loadKnownContent(db, payload.workspaceId);
  const outcomes: Outcome[] = [];
  const progress = { prepared: 0, written: 0 };

  // Pipelined: while one batch is being written (PostgreSQL works on the other core), the next
  // is parsed and embedded here. The write promise gets its handler at once, so a failure is
  // rethrown at the next hand-over instead of crashing the process as an unhandled rejection.
  let pendingWrite: Promise<void> = Promise.resolve();
  let writeError: unknown = null;
  const handOver = async (batch: ReadyVersion[]) => {
    await pendingWrite;
    if (writeError) throw writeError;
    pendingWrite = writeBatch(db, payload.workspaceId, batch)
      .then(async () => {
        progress.written += batch.reduce((sum, item) => sum + item.prepared.chunks.length, 0);
        await context.reportProgress(progress.written, progress.prepared);
      })
      .catch((error: unknown) => {
        writeError = error;
      });
  };

  let batch: PreparedCandidate[] = [];
  for (const candidate of pending) {
    const prepared = await prepareCandidate(payload.workspaceId, candidate, known, outcomes);
    if (prepared) {
      batch.push(prepared);
      progress.prepared += prepared.prepared.chunks.length;
    }
    if (batch.length >= COMMIT_BATCH) {
      await handOver(await embedBatch(db, payload.workspaceId, batch, outcomes));
      batch = [];
    }
    // Parsing and embedding are CPU work on the event loop: let the write and requests through.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (batch.length > 0) await handOver(await embedBatch(db, payload.workspaceId, batch, outcomes));
  await pendingWrite;
  if (writeError) throw writeError;
  await context.reportProgress(progress.written, progress.prepared);
  // The outcome and its import.finished webhook event commit together.
  await db.transaction(async (tx) => {
    await recordVersionOutcomes(tx, outcomes);
    await enqueueImportFinished(tx, { workspaceId: payload.workspaceId, jobId: job.id, versionIds: payload.versionIds, feed: payload.feed });
  });
  await proposeRulesFromNewGuides(db, payload.workspaceId, pending);
  // After a bulk load, statistics are stale and the visibility map is empty until autovacuum
  // catches up: the planner then picked plans 10× slower, and index-only scans of the postings
  // fetched the heap anyway (BENCHMARKS.md). VACUUM ANALYZE now; it cannot run in a transaction,
  // and this handle is not in one.
  if (progress.written >= MAINTENANCE_AFTER_CHUNKS) await db.execute(sql`vacuum (analyze) knowledge_posting_blocks, knowledge_terms, knowledge_chunks`);
}

/**
 * A brand guide (role brand_voice) that just became searchable gets rule proposals for an admin
 * to review (lib/brand-rules); the hook itself skips every other role. Proposals are a review aid:
 * the guide is indexed whatever happens here, so a failure is logged, never thrown — a rethrow
 * would retry the whole ingestion job for a problem an admin can fix with one click.
 */
async function proposeRulesFromNewGuides(db: JobContext["db"], workspaceId: string, pending: Candidate[]): Promise<void> {
  try {
    // Versions this job indexed; a duplicate, failed or superseded one leaves the guide's rules as they were.
    const indexed = await db
      .select({ sourceId: knowledgeSourceVersions.sourceId })
      .from(knowledgeSourceVersions)
      .where(and(eq(knowledgeSourceVersions.workspaceId, workspaceId), eq(knowledgeSourceVersions.status, "ready"), sql`${knowledgeSourceVersions.id} = any(${pgTextArray(pending.map((row) => row.version.id))}::text[])`));
    const runs = await proposeRulesAfterIngestion(db, { workspaceId, sourceIds: indexed.map((row) => row.sourceId) });
    for (const run of runs) if ("error" in run) console.error(`[ingest] could not propose brand rules from source ${run.sourceId}: ${run.error}`);
  } catch (error) {
    console.error(`[ingest] could not propose brand rules after ingestion in workspace ${workspaceId}:`, error instanceof Error ? error.message : error);
  }
}

/** Prepares one version, or records why it is skipped (duplicate, unreadable). */
async function prepareCandidate(
  workspaceId: string,
  candidate: Candidate,
  known: KnownContent,
  outcomes: Outcome[],
): Promise<PreparedCandidate | null> {
  let prepared: PreparedVersion;
  try {
    prepared = await prepareVersion(candidate.source, candidate.version);
  } catch (error) {
    if (!(error instanceof PermanentJobError)) throw error;
    outcomes.push({ versionId: candidate.version.id, status: "failed", message: error.message });
    return null;
  }
  // Another source with the same text is a duplicate. The same source with the same text (only
  // whitespace changed, or a product back in its feed after being retired) is indexed again, so
  // its current version is always searchable.
  const duplicateOf = known.byContent.get(prepared.contentHash);
  if (duplicateOf && duplicateOf.sourceId !== candidate.source.id) {
    outcomes.push({
      versionId: candidate.version.id,
      status: "duplicate",
      message: `Same text as ${nameVisibleTo(duplicateOf, candidate.source.classification)}; not indexed twice.`,
    });
    return null;
  }
  const entry = { sourceId: candidate.source.id, title: candidate.source.title, classification: candidate.source.classification };
  known.byContent.set(prepared.contentHash, entry);
  const nearDuplicate = known.simhashes.findNearDuplicate(candidate.source.id, prepared.simhash);
  known.simhashes.add({ ...entry, simhash: prepared.simhash });

  return { candidate, prepared, nearDuplicate };
}

export const ingestJobHandler: JobHandler = { run: ingestVersions, onFailure: onIngestFailure };
