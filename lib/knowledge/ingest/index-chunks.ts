import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { knowledgeChunks } from "@/lib/db/schema";
import type { FirewallFlag } from "@/lib/db/schema/knowledge-chunks";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import type { Language } from "@/lib/rag/text/tokenize";
import type { Classification } from "../classification";
import type { SourceKind } from "../sources/create-source-version";
import { accumulateChunkTerms, applyTermDelta, emptyTermDelta } from "./term-statistics";

export type ChunkToIndex = {
  ordinal: number;
  sectionPath: string[];
  text: string;
  tokenCount: number;
  embedding: number[];
  firewallFlags: FirewallFlag[];
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

const FTS_CONFIG: Record<Language, string> = { de: "german", en: "english" };
const INSERT_BATCH = 200;

/**
 * Writes a version's chunks and retires the source's older chunks (kept for citations, out of
 * retrieval), keeping the term statistics in step. Runs in the caller's transaction, so a
 * version becomes searchable all at once or not at all.
 */
export async function indexVersionChunks(tx: Database, versions: VersionToIndex[]) {
  const deltas = new Map<string, ReturnType<typeof emptyTermDelta>>();
  const deltaFor = (workspaceId: string) => {
    let delta = deltas.get(workspaceId);
    if (!delta) deltas.set(workspaceId, (delta = emptyTermDelta()));
    return delta;
  };

  for (const version of versions) {
    const delta = deltaFor(version.workspaceId);
    const retired = await tx
      .update(knowledgeChunks)
      .set({ retiredAt: sql`now()` })
      .where(
        and(
          eq(knowledgeChunks.workspaceId, version.workspaceId),
          eq(knowledgeChunks.sourceId, version.sourceId),
          ne(knowledgeChunks.versionId, version.versionId),
          isNull(knowledgeChunks.retiredAt),
        ),
      )
      .returning({ text: knowledgeChunks.text, language: knowledgeChunks.language });
    for (const chunk of retired) accumulateChunkTerms(delta, chunk.text, chunk.language, -1);

    // A retried job may have written this version before failing later: start clean.
    await tx.delete(knowledgeChunks).where(eq(knowledgeChunks.versionId, version.versionId));

    const ftsConfig = FTS_CONFIG[version.language];
    for (let i = 0; i < version.chunks.length; i += INSERT_BATCH) {
      const batch = version.chunks.slice(i, i + INSERT_BATCH);
      await tx.insert(knowledgeChunks).values(
        batch.map((chunk) => ({
          id: createId("chunk"),
          workspaceId: version.workspaceId,
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
          searchVector: sql`to_tsvector(${ftsConfig}::regconfig, ${chunk.text}) || to_tsvector('simple'::regconfig, ${chunk.text})`,
          firewallStatus: chunk.firewallFlags.length > 0 ? ("flagged" as const) : ("clean" as const),
          firewallFlags: chunk.firewallFlags,
        })),
      );
    }
    for (const chunk of version.chunks) accumulateChunkTerms(delta, chunk.text, version.language, 1);
  }
  for (const [workspaceId, delta] of deltas) await applyTermDelta(tx, workspaceId, delta);
}

/** Takes a source's chunks out of retrieval (a product that left its feed, a retired source). */
export async function retireSourceChunks(tx: Database, options: { workspaceId: string; sourceIds: string[] }) {
  if (options.sourceIds.length === 0) return;
  const delta = emptyTermDelta();
  for (const sourceId of options.sourceIds) {
    const retired = await tx
      .update(knowledgeChunks)
      .set({ retiredAt: sql`now()` })
      .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), eq(knowledgeChunks.sourceId, sourceId), isNull(knowledgeChunks.retiredAt)))
      .returning({ text: knowledgeChunks.text, language: knowledgeChunks.language });
    for (const chunk of retired) accumulateChunkTerms(delta, chunk.text, chunk.language, -1);
  }
  await applyTermDelta(tx, options.workspaceId, delta);
}
