import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { retireSourceChunks } from "../ingest/index-chunks";

/** Takes a source out of retrieval. Its chunks stay for the assets that cite them. */
export async function retireSource(tx: Database, options: { workspaceId: string; sourceId: string }) {
  const [source] = await tx
    .update(knowledgeSources)
    .set({ retiredAt: sql`now()`, status: "retired", updatedAt: sql`now()` })
    .where(and(eq(knowledgeSources.workspaceId, options.workspaceId), eq(knowledgeSources.id, options.sourceId), isNull(knowledgeSources.retiredAt)))
    .returning({ id: knowledgeSources.id, title: knowledgeSources.title });
  if (!source) throw new AppError("not_found", "This source does not exist or is already retired.");
  await retireSourceChunks(tx, { workspaceId: options.workspaceId, sourceIds: [source.id] });
  return source;
}

/**
 * An admin's decision that a flagged chunk is safe to use as generation context (for example a
 * style guide quoting an attack as a warning). Recorded with who and when.
 */
export async function releaseFlaggedChunk(tx: Database, options: { workspaceId: string; chunkId: string; actorId: string }) {
  const [chunk] = await tx
    .update(knowledgeChunks)
    .set({ firewallStatus: "released", firewallReleasedBy: options.actorId, firewallReleasedAt: sql`now()` })
    .where(
      and(eq(knowledgeChunks.workspaceId, options.workspaceId), eq(knowledgeChunks.id, options.chunkId), eq(knowledgeChunks.firewallStatus, "flagged")),
    )
    .returning({ id: knowledgeChunks.id, sourceId: knowledgeChunks.sourceId, flags: knowledgeChunks.firewallFlags });
  if (!chunk) throw new AppError("not_found", "This chunk does not exist or is not flagged.");
  return chunk;
}
