import "server-only";
import { and, eq, inArray, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { embedForWorkspace } from "@/lib/ai/embed";
import { RouterError } from "@/lib/ai/routing/errors";
import { isNearDuplicate } from "@/lib/rag/dedupe";
import type { JobContext, JobHandler } from "@/lib/jobs/worker";
import { PermanentJobError } from "@/lib/jobs/worker";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { isVisibleAlongside, type Classification } from "../classification";
import { executeRows } from "@/lib/db/execute";
import { indexableText } from "./indexable-text";
import { indexVersionChunks, type VersionToIndex } from "./index-chunks";
import { prepareVersion, type PreparedVersion } from "./prepare-version";

export const INGEST_JOB_TYPE = "knowledge.ingest";
export type IngestJobPayload = { workspaceId: string; versionIds: string[] };

const MAINTENANCE_AFTER_CHUNKS = 500;
/** Versions written per transaction: big enough to amortise commits, small enough to show progress. */
const COMMIT_BATCH = 64;

type Candidate = { source: typeof knowledgeSources.$inferSelect; version: typeof knowledgeSourceVersions.$inferSelect };
type Outcome = {
  versionId: string;
  status: "ready" | "duplicate" | "failed" | "superseded";
  message?: string;
  /** false: the source's own status stays (it has a newer version, or was retired meanwhile). */
  touchesSource?: boolean;
};

/**
 * How a status message names another source: by title only when everyone who can see this
 * source may also see that one; otherwise the message would leak a confidential title.
 */
function nameVisibleTo(other: { title: string; classification: Classification }, ownClassification: Classification): string {
  return isVisibleAlongside(other.classification, ownClassification) ? `“${other.title}”` : "another source";
}

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
  const known = await loadActiveHashes(db, payload.workspaceId);
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
  await recordVersionOutcomes(db, outcomes);
  // After a bulk load, statistics are stale and the visibility map is empty until autovacuum
  // catches up: the planner then picked plans 10× slower, and index-only scans of the postings
  // fetched the heap anyway (BENCHMARKS.md). VACUUM ANALYZE now; it cannot run in a transaction,
  // and this handle is not in one.
  if (progress.written >= MAINTENANCE_AFTER_CHUNKS) await db.execute(sql`vacuum (analyze) knowledge_postings, knowledge_chunks`);
}

type PreparedCandidate = { candidate: Candidate; prepared: PreparedVersion; nearDuplicate: SimhashEntry | undefined };
type ReadyVersion = PreparedCandidate & { toIndex: VersionToIndex };

/** Prepares one version, or records why it is skipped (duplicate, unreadable). */
async function prepareCandidate(
  workspaceId: string,
  candidate: Candidate,
  known: Awaited<ReturnType<typeof loadActiveHashes>>,
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

/**
 * Embeds a commit batch: one routed call per classification (not one per document: the call
 * record, policy and breaker cost a few round trips, which per document slowed ingestion
 * measurably). Confidential and internal text go in separate calls so the data protection rule
 * (confidential → local or self-hosted embedder only) applies to exactly the confidential text.
 * When no permitted embedder exists, those versions fail with the router's reason; a provider
 * outage fails the job, which is retried.
 */
async function embedBatch(db: Database, workspaceId: string, batch: PreparedCandidate[], outcomes: Outcome[]): Promise<ReadyVersion[]> {
  const ready: ReadyVersion[] = [];
  for (const isConfidential of [false, true]) {
    const group = batch.filter((item) => (item.candidate.source.classification === "confidential") === isConfidential);
    if (group.length === 0) continue;
    const texts = group.flatMap((item) => item.prepared.chunks.map(indexableText));
    let result: Awaited<ReturnType<typeof embedForWorkspace>>;
    try {
      result = await embedForWorkspace(db, { workspaceId, values: texts, isConfidential });
    } catch (error) {
      if (!(error instanceof RouterError) || error.kind !== "no_candidate") throw error;
      const reason = isConfidential
        ? "Confidential content may only be embedded by a local or self-hosted model, and the configured embedding model is external."
        : `No embedding model may process this content under the workspace's routing policy (${error.message})`;
      for (const item of group) outcomes.push({ versionId: item.candidate.version.id, status: "failed", message: reason });
      continue;
    }
    let offset = 0;
    for (const item of group) {
      const embeddings = result.embeddings.slice(offset, offset + item.prepared.chunks.length);
      offset += item.prepared.chunks.length;
      ready.push({
        ...item,
        toIndex: {
          workspaceId,
          sourceId: item.candidate.source.id,
          versionId: item.candidate.version.id,
          version: item.candidate.version.version,
          language: item.prepared.language,
          classification: item.candidate.source.classification,
          kind: item.candidate.source.kind,
          url: item.candidate.source.canonicalUrl,
          category: item.candidate.source.category,
          embeddingModel: result.modelId,
          embeddingDimensions: result.dimensions,
          chunks: item.prepared.chunks.map((chunk, index) => ({ ...chunk, embedding: embeddings[index]! })),
        },
      });
    }
  }
  return ready;
}

/**
 * One transaction: the batch's chunks and postings, retirement of old versions, statuses. The
 * sources are locked first and re-checked: a source retired while its version was being prepared
 * stays retired, and a version older than the one already indexed (a retried job overtaken by a
 * newer upload) is kept in the history as superseded instead of replacing the newer one.
 */
async function writeBatch(db: Database, workspaceId: string, all: ReadyVersion[]) {
  await db.transaction(async (tx) => {
    const locked = await executeRows<{ id: string; current_version: number; retired_at: Date | null }>(
      tx,
      sql`select id, current_version, retired_at from knowledge_sources
          where workspace_id = ${workspaceId} and id = any(${pgTextArray(all.map((item) => item.candidate.source.id))}::text[])
          order by id for update`,
    );
    const sourceState = new Map(locked.map((row) => [row.id, row]));
    const skipped: Outcome[] = [];
    const batch = all.filter((item) => {
      const state = sourceState.get(item.candidate.source.id);
      if (!state || state.retired_at) {
        skipped.push({ versionId: item.candidate.version.id, status: "failed", message: "The source was retired before this version was indexed.", touchesSource: false });
        return false;
      }
      if (state.current_version >= item.candidate.version.version) {
        skipped.push({ versionId: item.candidate.version.id, status: "superseded", message: `Version ${state.current_version} was indexed first.`, touchesSource: false });
        return false;
      }
      return true;
    });
    await recordVersionOutcomes(tx, skipped);
    if (batch.length === 0) return;
    await indexVersionChunks(
      tx,
      workspaceId,
      batch.map((item) => item.toIndex),
    );
    // Two statements for the whole batch, not two per version: bulk imports have thousands.
    const ints = (values: number[]) => `{${values.join(",")}}`;
    await tx.execute(sql`
      update knowledge_source_versions v set
        status = 'ready', content_hash = t.content_hash, simhash = t.simhash, warnings = t.warnings::jsonb,
        chunks_total = t.chunks, chunks_done = t.chunks, error = null,
        raw = null, -- the chunks hold the text now; the upload is not kept twice
        completed_at = now()
      from unnest(${pgTextArray(batch.map((b) => b.candidate.version.id))}::text[],
                  ${pgTextArray(batch.map((b) => b.prepared.contentHash))}::text[],
                  ${`{${batch.map((b) => b.prepared.simhash.toString()).join(",")}}`}::bigint[],
                  ${pgTextArray(batch.map((b) => JSON.stringify(b.prepared.warnings)))}::text[],
                  ${ints(batch.map((b) => b.prepared.chunks.length))}::int[])
        as t(id, content_hash, simhash, warnings, chunks)
      where v.id = t.id`);
    await tx.execute(sql`
      update knowledge_sources s set
        status = 'ready', current_version = t.version, language = t.language::content_language,
        is_language_detected = t.detected, near_duplicate_of_id = nullif(t.near_id, ''),
        status_message = nullif(t.message, ''), updated_at = now()
      from unnest(${pgTextArray(batch.map((b) => b.candidate.source.id))}::text[],
                  ${ints(batch.map((b) => b.candidate.version.version))}::int[],
                  ${pgTextArray(batch.map((b) => b.prepared.language))}::text[],
                  ${`{${batch.map((b) => b.candidate.source.language === null).join(",")}}`}::boolean[],
                  ${pgTextArray(batch.map((b) => b.nearDuplicate?.sourceId ?? ""))}::text[],
                  ${pgTextArray(batch.map((b) => (b.nearDuplicate ? `Nearly identical to ${nameVisibleTo(b.nearDuplicate, b.candidate.source.classification)}.` : "")))}::text[])
        as t(id, version, language, detected, near_id, message)
      where s.id = t.id`);
  });
}

async function markProcessing(db: Database, pending: Candidate[]) {
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

/** Content hashes and simhashes of every source's current version in the workspace. */
async function loadActiveHashes(db: Database, workspaceId: string) {
  const rows = await db
    .select({
      sourceId: knowledgeSources.id,
      title: knowledgeSources.title,
      classification: knowledgeSources.classification,
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
    byContent: new Map(rows.map((row) => [row.contentHash!, { sourceId: row.sourceId, title: row.title, classification: row.classification }])),
    simhashes: new SimhashIndex(
      rows.filter((row) => row.simhash !== null).map((row) => ({ sourceId: row.sourceId, title: row.title, classification: row.classification, simhash: row.simhash! })),
    ),
  };
}

type SimhashEntry = { sourceId: string; title: string; classification: Classification; simhash: bigint };

/**
 * Near-duplicate lookup without comparing against every source: two 64-bit simhashes within
 * Hamming distance 3 agree exactly on at least one of four 16-bit bands (pigeonhole), so only
 * entries sharing a band are compared.
 */
class SimhashIndex {
  private readonly bands = new Map<string, SimhashEntry[]>();

  constructor(entries: SimhashEntry[]) {
    for (const entry of entries) this.add(entry);
  }

  private static bandKeys(simhash: bigint): string[] {
    const unsigned = BigInt.asUintN(64, simhash);
    return [0n, 1n, 2n, 3n].map((band) => `${band}:${(unsigned >> (band * 16n)) & 0xffffn}`);
  }

  add(entry: SimhashEntry) {
    for (const key of SimhashIndex.bandKeys(entry.simhash)) {
      const bucket = this.bands.get(key);
      if (bucket) bucket.push(entry);
      else this.bands.set(key, [entry]);
    }
  }

  findNearDuplicate(sourceId: string, simhash: bigint): SimhashEntry | undefined {
    for (const key of SimhashIndex.bandKeys(simhash)) {
      const match = this.bands.get(key)?.find((entry) => entry.sourceId !== sourceId && isNearDuplicate(entry.simhash, simhash));
      if (match) return match;
    }
    return undefined;
  }
}

async function recordVersionOutcomes(db: Database, outcomes: Outcome[]) {
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
async function onIngestFailure(context: JobContext, failure: { message: string; willRetry: boolean }) {
  const payload = context.job.payload as IngestJobPayload;
  const reason = failure.willRetry ? `Retrying after an error: ${failure.message}` : `Failed: ${failure.message}`;
  await context.db
    .update(knowledgeSourceVersions)
    .set({ status: failure.willRetry ? "queued" : "failed", error: reason })
    .where(and(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(payload.versionIds)}::text[])`, inArray(knowledgeSourceVersions.status, ["queued", "processing"])));
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
        context.db
          .select({ id: knowledgeSourceVersions.sourceId })
          .from(knowledgeSourceVersions)
          .where(sql`${knowledgeSourceVersions.id} = any(${pgTextArray(payload.versionIds)}::text[])`),
      ),
    );
}

export const ingestJobHandler: JobHandler = { run: ingestVersions, onFailure: onIngestFailure };
