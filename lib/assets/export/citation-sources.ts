import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { knowledgeChunks, knowledgeFeeds, knowledgeSources, knowledgeSourceVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { effectiveRole, isFactBearing, type ChoosableRole } from "@/lib/knowledge/source-roles";

/**
 * What a citation names outside the app: enough for a reviewer or a checker to find the passage
 * without access to Brandpilot (source title, its file or URL, the shop's product id, the version)
 * and the passage itself, quoted.
 */
export type ExportCitation = {
  chunkId: string;
  sourceId: string;
  title: string;
  /** The uploaded file's name; null for pasted text and feed products. */
  fileName: string | null;
  url: string | null;
  /** The shop's product id (the feed's id column) when the source is a product. */
  productId: string | null;
  feedName: string | null;
  version: number;
  role: ChoosableRole;
  section: string | null;
  quote: string;
};

const QUOTE_MAX_CHARS = 300;
// Placeholder file names of pasted text say nothing about the source.
const PASTED_FILE_NAMES = new Set(["pasted.md", "pasted.txt"]);

/** The passage on one line, cut at a word boundary with an ellipsis when long. */
export function quotePassage(text: string, maxChars = QUOTE_MAX_CHARS): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxChars / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "")}…`;
}

/**
 * Whether a cited chunk may be quoted and named in an export, which leaves the app. Withheld
 * (listed as "a source not shown in exports", never quoted):
 * - confidential sources: generation never uses them, so one can only be here after being
 *   reclassified, and an export is no place to reveal it;
 * - sources whose role is now not fact-bearing (internal_note, brand_voice): the asset may have
 *   been written before the role changed, but their text must not be published now;
 * - chunks holding personal data (found at ingestion);
 * - chunks the firewall holds back whole (flagged, until an admin releases them). A quarantined
 *   chunk's stored text already has its planted sentences cut, so it may be quoted.
 */
function isQuotableInExport(row: { classification: string; kind: string; holdsPersonalData: boolean; firewallStatus: string }): boolean {
  return row.classification !== "confidential" && isFactBearing(row.kind) && !row.holdsPersonalData && row.firewallStatus !== "flagged";
}

/**
 * The sources behind chunk ids, retired chunks included (an asset keeps citing the version it was
 * written from). A chunk that is not quotable (isQuotableInExport) is left out of the map, so the
 * export lists it as withheld.
 */
export async function loadCitationSources(db: Database, options: { workspaceId: string; chunkIds: string[] }): Promise<Map<string, ExportCitation>> {
  if (options.chunkIds.length === 0) return new Map();
  const rows = await db
    .select({
      chunkId: knowledgeChunks.id,
      sourceId: knowledgeChunks.sourceId,
      version: knowledgeChunks.version,
      sectionPath: knowledgeChunks.sectionPath,
      text: knowledgeChunks.text,
      chunkUrl: knowledgeChunks.url,
      holdsPersonalData: knowledgeChunks.holdsPersonalData,
      firewallStatus: knowledgeChunks.firewallStatus,
      title: knowledgeSources.title,
      kind: knowledgeSources.kind,
      classification: knowledgeSources.classification,
      sourceUrl: knowledgeSources.canonicalUrl,
      externalId: knowledgeSources.externalId,
      origin: knowledgeSources.origin,
      fileName: knowledgeSourceVersions.fileName,
      feedName: knowledgeFeeds.name,
    })
    .from(knowledgeChunks)
    .innerJoin(knowledgeSources, eq(knowledgeSources.id, knowledgeChunks.sourceId))
    .innerJoin(knowledgeSourceVersions, eq(knowledgeSourceVersions.id, knowledgeChunks.versionId))
    .leftJoin(knowledgeFeeds, and(eq(knowledgeFeeds.id, knowledgeSources.feedId), eq(knowledgeFeeds.workspaceId, options.workspaceId)))
    .where(and(eq(knowledgeChunks.workspaceId, options.workspaceId), inArray(knowledgeChunks.id, [...new Set(options.chunkIds)])));
  return new Map(
    rows
      .filter(isQuotableInExport)
      .map((row) => [
        row.chunkId,
        {
          chunkId: row.chunkId,
          sourceId: row.sourceId,
          title: row.title,
          fileName: row.fileName && !PASTED_FILE_NAMES.has(row.fileName) ? row.fileName : null,
          url: row.chunkUrl ?? row.sourceUrl,
          productId: row.origin === "product_feed" ? row.externalId : null,
          feedName: row.origin === "product_feed" ? row.feedName : null,
          version: row.version,
          role: effectiveRole(row.kind),
          section: row.sectionPath.length > 0 ? row.sectionPath.join(" › ") : null,
          quote: quotePassage(row.text),
        },
      ]),
  );
}
