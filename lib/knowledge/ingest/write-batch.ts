import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { executeRows } from "@/lib/db/execute";
import { indexVersionChunks } from "./index-chunks";
import type { Outcome, ReadyVersion } from "./ingest-types";
import { nameVisibleTo } from "./known-content";
import { recordVersionOutcomes } from "./version-status";

/**
 * One transaction: the batch's chunks and postings, retirement of old versions, statuses. The
 * sources are locked first and re-checked: a source retired while its version was being prepared
 * stays retired, and a version older than the one already indexed (a retried job overtaken by a
 * newer upload) is kept in the history as superseded instead of replacing the newer one.
 */
export async function writeBatch(db: Database, workspaceId: string, all: ReadyVersion[]) {
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
        personal_data = t.personal_data::jsonb,
        chunks_total = t.chunks, chunks_done = t.chunks, error = null,
        raw = null, -- the chunks hold the text now; the upload is not kept twice
        completed_at = now()
      from unnest(${pgTextArray(batch.map((b) => b.candidate.version.id))}::text[],
                  ${pgTextArray(batch.map((b) => b.prepared.contentHash))}::text[],
                  ${`{${batch.map((b) => b.prepared.simhash.toString()).join(",")}}`}::bigint[],
                  ${pgTextArray(batch.map((b) => JSON.stringify(b.prepared.warnings)))}::text[],
                  ${pgTextArray(batch.map((b) => JSON.stringify(b.prepared.personalData)))}::text[],
                  ${ints(batch.map((b) => b.prepared.chunks.length))}::int[])
        as t(id, content_hash, simhash, warnings, personal_data, chunks)
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
