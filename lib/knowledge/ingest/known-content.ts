import "server-only";
import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { isVisibleAlongside, type Classification } from "../classification";
import { SimhashIndex } from "./simhash-index";

type KnownSource = { sourceId: string; title: string; classification: Classification };

/** What the workspace already holds, for exact (content hash) and near (simhash) duplicate checks. */
export type KnownContent = { byContent: Map<string, KnownSource>; simhashes: SimhashIndex };

/** Content hashes and simhashes of every source's current version in the workspace. */
export async function loadKnownContent(db: Database, workspaceId: string): Promise<KnownContent> {
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

/**
 * How a status message names another source: by title only when everyone who can see this
 * source may also see that one; otherwise the message would leak a confidential title.
 */
export function nameVisibleTo(other: { title: string; classification: Classification }, ownClassification: Classification): string {
  return isVisibleAlongside(other.classification, ownClassification) ? `“${other.title}”` : "another source";
}
