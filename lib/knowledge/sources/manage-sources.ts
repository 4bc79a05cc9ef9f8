import "server-only";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { countTokens } from "@/lib/rag/text/tokenize";
import { releaseQuarantine } from "../ingest/firewall-chunks";
import { retireSourceChunks } from "../ingest/index-chunks";
import { indexableText } from "../ingest/indexable-text";
import { buildChunkPostings, deletePostings, insertPostings } from "../ingest/postings";
import { scanChunkForPersonalData } from "../ingest/scan-personal-data";

/** Takes a source out of retrieval. Its chunks stay for the assets that cite them. */
export async function retireSource(tx: Database, options: { workspaceId: string; sourceId: string }) {
  const [source] = await tx
    .update(knowledgeSources)
    .set({ retiredAt: sql`now()`, status: "retired", updatedAt: sql`now()` })
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId), isNull(knowledgeSources.retiredAt)))
    .returning({ id: knowledgeSources.id, title: knowledgeSources.title });
  if (!source) throw new AppError("not_found", { key: "knowledge.sourceDoesNotExist2" });
  await retireSourceChunks(tx, { workspaceId: options.workspaceId, sourceIds: [source.id] });
  return source;
}

/**
 * An admin's decision that held-back text is safe to use as generation context (for example a
 * style guide quoting an attack as a warning). Recorded with who and when. For a chunk whose
 * sentences were quarantined, the cut sentences (and withheld headings) go back into the chunk
 * and its search postings; the embedding stays the one of the cleaned text until the next
 * re-embedding, which changes ranking only slightly. The restored text is scanned for personal
 * data again: what the cut sentences held marks the chunk (and adds to its version's summary).
 */
export async function releaseFlaggedChunk(tx: Database, options: { workspaceId: string; chunkId: string; actorId: string }) {
  const [held] = await tx
    .select({
      text: knowledgeChunks.text,
      sectionPath: knowledgeChunks.sectionPath,
      flags: knowledgeChunks.firewallFlags,
      language: knowledgeChunks.language,
      versionId: knowledgeChunks.versionId,
      holdsPersonalData: knowledgeChunks.holdsPersonalData,
    })
    .from(knowledgeChunks)
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        eq(knowledgeChunks.id, options.chunkId),
        inArray(knowledgeChunks.firewallStatus, ["flagged", "quarantined"]),
      ),
    );
  if (!held) throw new AppError("not_found", { key: "knowledge.chunkDoesNotExist" });
  const restored = releaseQuarantine({ text: held.text, sectionPath: held.sectionPath, firewallFlags: held.flags });
  const restoredScan = scanChunkForPersonalData(restored.text, restored.sectionPath);
  const [chunk] = await tx
    .update(knowledgeChunks)
    .set({
      firewallStatus: "released",
      firewallReleasedBy: options.actorId,
      firewallReleasedAt: sql`now()`,
      text: restored.text,
      sectionPath: restored.sectionPath,
      tokenCount: countTokens(restored.text),
      holdsPersonalData: held.holdsPersonalData || restoredScan.holdsPersonalData,
    })
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        eq(knowledgeChunks.id, options.chunkId),
        inArray(knowledgeChunks.firewallStatus, ["flagged", "quarantined"]),
      ),
    )
    .returning({ id: knowledgeChunks.id, sourceId: knowledgeChunks.sourceId, flags: knowledgeChunks.firewallFlags });
  if (!chunk) throw new AppError("not_found", { key: "knowledge.chunkDoesNotExist" });
  if (restored.text !== held.text || restored.sectionPath.join("\u0000") !== held.sectionPath.join("\u0000")) {
    await deletePostings(tx, options.workspaceId, [chunk.id]);
    await insertPostings(tx, options.workspaceId, [buildChunkPostings(chunk.id, indexableText(restored), held.language)]);
    await addReleasedPersonalData(tx, held.versionId, scanChunkForPersonalData(held.text, held.sectionPath).counts, restoredScan.counts);
  }
  return chunk;
}

/** Adds what a released span brought back (per type, the restored count over the held one) to the version's summary. */
async function addReleasedPersonalData(tx: Database, versionId: string, before: Partial<Record<string, number>>, after: Partial<Record<string, number>>) {
  const added = Object.entries(after)
    .map(([type, n]) => [type, (n ?? 0) - (before[type] ?? 0)] as const)
    .filter(([, n]) => n > 0);
  if (added.length === 0) return;
  const [version] = await tx.select({ personalData: knowledgeSourceVersions.personalData }).from(knowledgeSourceVersions).where(eq(knowledgeSourceVersions.id, versionId));
  const counts: Partial<Record<string, number>> = { ...(version?.personalData?.counts ?? {}) };
  for (const [type, n] of added) counts[type] = (counts[type] ?? 0) + n;
  await tx.update(knowledgeSourceVersions).set({ personalData: { holdsPersonalData: true, counts } }).where(eq(knowledgeSourceVersions.id, versionId));
}
