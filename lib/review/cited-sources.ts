import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { assetVersions, knowledgeChunks, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { Classification } from "@/lib/knowledge/classification";

import type { SourcePassage } from "@/lib/assets/schemas/source-passage";

/**
 * Every chunk id a piece of content cites, wherever it sits (`headlines[2].citations`,
 * `faq[0].answer.citations`, `internalLinks[1].citations`): walking the value keeps this right
 * for every asset kind, including kinds added later.
 */
export function collectCitations(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const item of value) collectCitations(item, into);
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      if (key === "citations" && Array.isArray(child)) {
        for (const id of child) if (typeof id === "string") into.push(id);
      } else {
        collectCitations(child, into);
      }
    }
  }
  return into;
}

/**
 * The order citation chips are numbered in: the generation's retrieved chunks first (so "[2]"
 * means the same passage as on the Generate page), then anything cited later (a regenerated
 * field), each once.
 */
export function orderCitedChunkIds(generatedChunkIds: readonly string[], content: unknown): string[] {
  return [...new Set([...generatedChunkIds, ...collectCitations(content)])];
}

/**
 * The passages behind an asset's citations, for the citation popovers on the asset page.
 * Scoped to the workspace and to what the viewer's role may read: a chunk the viewer may not
 * see is left out (its chip then says "unknown source") rather than leaked. Retired chunks are
 * included: an asset keeps citing the version it was written from.
 */
export async function loadCitedSources(
  db: Database,
  options: { workspaceId: string; assetId: string; content: unknown; classifications: readonly Classification[] },
): Promise<SourcePassage[]> {
  const generated = await db
    .select({ provenance: assetVersions.provenance })
    .from(assetVersions)
    .where(and(eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.assetId, options.assetId)))
    .orderBy(asc(assetVersions.version));
  const ids = orderCitedChunkIds(
    generated.flatMap((row) => row.provenance?.chunks.map((chunk) => chunk.chunkId) ?? []),
    options.content,
  );
  if (ids.length === 0 || options.classifications.length === 0) return [];
  const rows = await db
    .select({
      chunkId: knowledgeChunks.id,
      sourceId: knowledgeChunks.sourceId,
      version: knowledgeChunks.version,
      title: knowledgeSources.title,
      chunkUrl: knowledgeChunks.url,
      sourceUrl: knowledgeSources.canonicalUrl,
      text: knowledgeChunks.text,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeSources, and(eq(knowledgeSources.id, knowledgeChunks.sourceId), eq(knowledgeSources.workspaceId, knowledgeChunks.workspaceId)))
    .where(
      and(
        eq(knowledgeChunks.workspaceId, options.workspaceId),
        inArray(knowledgeChunks.id, ids),
        inArray(knowledgeChunks.classification, [...options.classifications]),
        inArray(knowledgeSources.classification, [...options.classifications]),
      ),
    );
  const byId = new Map(rows.map((row) => [row.chunkId, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ chunkId: row.chunkId, sourceId: row.sourceId, version: row.version, title: row.title, url: row.chunkUrl ?? row.sourceUrl, text: row.text }] : [];
  });
}
