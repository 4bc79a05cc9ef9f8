import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { executeRows } from "@/lib/db/execute";
import { knowledgeChunks } from "@/lib/db/schema";
import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import type { Language } from "@/lib/rag/text/tokenize";
import type { Classification } from "../classification";
import type { SourceKind } from "../sources/create-source-version";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { invalidateModelCache } from "@/lib/ai/cache/cache-middleware";
import { firewallStatusFor } from "./firewall-chunks";
import { indexableText } from "./indexable-text";
import { buildChunkPostings, deletePostings, prepareTermVectors, writePostings, type ChunkPostings, type TermVector } from "./postings";
import { insertChunkRows, type ChunkRow } from "./insert-chunk-rows";

export type ChunkToIndex = {
  ordinal: number;
  sectionPath: string[];
  text: string;
  tokenCount: number;
  embedding: number[];
  firewallFlags: FirewallFlag[];
  personalData: { holdsPersonalData: boolean };
};

export type VersionToIndex = {
  workspaceId: string;
  sourceId: string;
  versionId: string;
  version: number;
  language: Language;
  classification: Classification;
  kind: SourceKind;
  url: string | null;
  category: string | null;
  embeddingModel: string;
  embeddingDimensions: number;
  chunks: ChunkToIndex[];
};

/**
 * Writes versions' chunks and their postings, and retires each source's older chunks (kept
 * for citations, out of retrieval). All versions share one workspace. Runs in the caller's
 * transaction, so a version becomes searchable all at once or not at all.
 */
export async function indexVersionChunks(tx: Database, workspaceId: string, versions: VersionToIndex[]) {
  if (versions.length === 0) return;
  const versionIds = versions.map((v) => v.versionId);

  // Each source's chunks of *older* versions retire; never a newer version's (the caller has
  // already dropped versions that were overtaken).
  const retired = await executeRows<{ id: string }>(
    tx,
    sql`update knowledge_chunks c set retired_at = now()
        from unnest(${pgTextArray(versions.map((v) => v.sourceId))}::text[], ${`{${versions.map((v) => v.version).join(",")}}`}::int[]) as t(source_id, version)
        where c.workspace_id = ${workspaceId} and c.source_id = t.source_id and c.version < t.version and c.retired_at is null
        returning c.id`,
  );
  await deletePostings(tx, workspaceId, retired.map((c) => c.id));

  // A retried job may have written these versions before failing later: start clean (their
  // index entries first: deletePostings reads the chunks' term vectors).
  const leftovers = await tx
    .select({ id: knowledgeChunks.id })
    .from(knowledgeChunks)
    .where(sql`${knowledgeChunks.versionId} = any(${pgTextArray(versionIds)}::text[])`);
  if (leftovers.length > 0) {
    await deletePostings(tx, workspaceId, leftovers.map((c) => c.id));
    await tx.delete(knowledgeChunks).where(sql`${knowledgeChunks.versionId} = any(${pgTextArray(versionIds)}::text[])`);
  }

  const rows: Omit<ChunkRow, keyof TermVector>[] = [];
  const postings: ChunkPostings[] = [];
  for (const version of versions) {
    for (const chunk of version.chunks) {
      const id = createId("chunk");
      rows.push({
        id,
        workspaceId,
        sourceId: version.sourceId,
        versionId: version.versionId,
        version: version.version,
        ordinal: chunk.ordinal,
        sectionPath: chunk.sectionPath,
        text: chunk.text,
        tokenCount: chunk.tokenCount,
        language: version.language,
        classification: version.classification,
        kind: version.kind,
        url: version.url,
        category: version.category,
        embedding: chunk.embedding,
        embeddingModel: version.embeddingModel,
        embeddingDimensions: version.embeddingDimensions,
        firewallStatus: firewallStatusFor(chunk.firewallFlags),
        firewallFlags: chunk.firewallFlags,
        holdsPersonalData: chunk.personalData.holdsPersonalData,
      });
      postings.push(buildChunkPostings(id, indexableText(chunk), version.language));
    }
  }
  // Term vectors go into the rows as they are inserted; the posting blocks need the keys the
  // insert hands out.
  const { termIds, vectors } = await prepareTermVectors(tx, workspaceId, postings);
  const keys = await insertChunkRows(tx, rows.map((row) => ({ ...row, ...vectors.get(row.id)! })));
  await writePostings(tx, workspaceId, postings, termIds, keys);
  // Answers cached from these sources' old text must not be served again.
  await invalidateModelCache(tx, { workspaceId, sourceIds: versions.map((v) => v.sourceId) });
}

/** Takes sources' chunks out of retrieval (a product that left its feed, a retired source). */
export async function retireSourceChunks(tx: Database, options: { workspaceId: string; sourceIds: string[] }) {
  if (options.sourceIds.length === 0) return;
  const retired = await tx
    .update(knowledgeChunks)
    .set({ retiredAt: sql`now()` })
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        sql`${knowledgeChunks.sourceId} = any(${pgTextArray(options.sourceIds)}::text[])`,
        isNull(knowledgeChunks.retiredAt),
      ),
    )
    .returning({ id: knowledgeChunks.id });
  await deletePostings(tx, options.workspaceId, retired.map((c) => c.id));
  await invalidateModelCache(tx, { workspaceId: options.workspaceId, sourceIds: options.sourceIds });
}

