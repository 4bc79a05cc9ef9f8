import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { knowledgeFeeds, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { createId } from "@/lib/ids";
import { canonicalJson } from "@/lib/audit/hash";
import type { ProductRecord } from "@/lib/rag/chunk/chunk-product";
import { mapProducts, resolveAttributeTypes } from "@/lib/rag/product-feed/map-products";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";
import { suggestMapping } from "@/lib/rag/product-feed/presets";
import { PRODUCT_FIELDS, type ColumnMapping, type FeedRowError } from "@/lib/rag/product-feed/types";
import type { Classification } from "../classification";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { createSourceVersion } from "../sources/create-source-version";
import { retireSource } from "../sources/manage-sources";
import { feedFileErrorMessage, missingFeedColumns } from "./feed-file-problem";
import { submitIngestion } from "../sources/submit-ingestion";
import { enqueueUnchangedFeedImport } from "@/lib/webhooks/import-events";

const PREVIEW_ROWS = 10;
const SINGLE_FIELD_NAMES = PRODUCT_FIELDS.filter((field) => field !== "attributes");
type StoredMapping = (typeof knowledgeFeeds.$inferInsert)["mapping"];
const MAX_REPORTED_ERRORS = 200;

/**
 * Parses a feed and shows what an import would do, without writing anything. Without a mapping
 * from the preview form, the feed's saved mapping (the last import under this name, attribute
 * columns and their types included) is used when this file still has its id and name columns;
 * otherwise the suggested one. Every attribute column comes back with its type, chosen or
 * guessed, and every column no field uses is listed so the preview can offer it as an attribute.
 */
export function previewFeed(options: { text: string; mapping?: ColumnMapping; savedMapping?: ColumnMapping | null; fileName?: string }) {
  refuseUnreadableFeed(options.fileName ?? "The feed", options.text);
  const parsed = parseFeed(options.text);
  const suggestion = suggestMapping(parsed.headers);
  const saved = options.savedMapping && fitsHeaders(options.savedMapping, parsed.headers) ? options.savedMapping : null;
  const chosen = options.mapping ?? saved ?? suggestion.mapping;
  const mapping: ColumnMapping = { ...chosen, attributeTypes: resolveAttributeTypes(parsed.rows, chosen) };
  const mapped = mapProducts(parsed.rows, mapping);
  const errors = sortErrors([...parsed.errors, ...mapped.errors]);
  return {
    delimiter: parsed.delimiter,
    headers: parsed.headers,
    suggestedPreset: suggestion.preset,
    isSavedMapping: !options.mapping && saved !== null,
    mapping,
    unmappedColumns: unmappedColumns(parsed.headers, mapping),
    rowCount: parsed.rows.length + parsed.errors.length,
    validCount: mapped.products.length,
    products: mapped.products.slice(0, PREVIEW_ROWS),
    errors: errors.slice(0, MAX_REPORTED_ERRORS),
    errorCount: errors.length,
  };
}

function refuseUnreadableFeed(fileName: string, text: string) {
  const problem = feedFileErrorMessage({ fileName, text });
  if (problem) throw new AppError("invalid_input", problem);
}

export type FeedImportResult = {
  feedId: string;
  created: number;
  updated: number;
  unchanged: number;
  retired: number;
  skippedRows: FeedRowError[];
  skippedCount: number;
  jobId: string | null;
};

/**
 * Imports a product feed: each valid row becomes (or updates) one product source, keyed by the
 * shop's product id; products missing from this upload are retired. Rows with errors are skipped
 * and reported by line number; a feed with no valid row is refused whole.
 * Runs in the caller's transaction: the import lands completely or not at all.
 */
export async function importFeed(
  tx: Database,
  options: {
    workspaceId: string;
    /** Null for a scheduled sync of a feed URL (no one is acting). */
    actorId: string | null;
    feedName: string;
    text: string;
    mapping: ColumnMapping;
    classification: Classification;
    language: "de" | "en" | null;
  },
): Promise<FeedImportResult> {
  // Refused before anything is stored, naming the feed and what is wrong with it.
  refuseUnreadableFeed(options.feedName, options.text);
  const parsed = parseFeed(options.text);
  const missing = missingFeedColumns({
    fileName: options.feedName,
    headers: parsed.headers,
    required: [
      { label: "product id", column: options.mapping.id },
      { label: "name", column: options.mapping.name },
    ],
  });
  if (missing) throw new AppError("invalid_input", missing);
  // The types are settled once, over the whole file, and saved with the feed for the next import.
  const mapping: ColumnMapping = { ...options.mapping, attributeTypes: resolveAttributeTypes(parsed.rows, options.mapping) };
  const mapped = mapProducts(parsed.rows, mapping);
  const skippedRows = sortErrors([...parsed.errors, ...mapped.errors]);
  if (mapped.products.length === 0) {
    const firstProblems = skippedRows.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`).join("; ");
    throw new AppError("invalid_input", { key: "knowledge.noValidProducts", params: { problems: firstProblems, hasProblems: firstProblems ? "yes" : "no" } });
  }

  const feedId = await upsertFeed(tx, { ...options, mapping });
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const versionIds: string[] = [];
  for (const product of mapped.products) {
    const { line: _line, ...stored } = product;
    const result = await createSourceVersion(tx, {
      workspaceId: options.workspaceId,
      actorId: options.actorId,
      title: product.name,
      kind: "product",
      classification: options.classification,
      language: options.language,
      canonicalUrl: product.url,
      origin: "product_feed",
      format: "product",
      fileName: null,
      bytes: new TextEncoder().encode(canonicalJson(stored)),
      product: stored as unknown as Record<string, unknown>,
      feedId,
      externalId: product.externalId,
      category: product.category,
      attributes: product.typedAttributes ?? {},
    });
    if (result.isUnchanged) counts.unchanged++;
    else {
      versionIds.push(result.versionId!);
      if (result.version === 1) counts.created++;
      else counts.updated++;
    }
  }

  const disappeared = await tx
    .select({ id: knowledgeSources.id })
    .from(knowledgeSources)
    .where(
      and(
        eq(knowledgeSources.workspaceId, options.workspaceId),
        eq(knowledgeSources.feedId, feedId),
        isNull(knowledgeSources.retiredAt),
        // One array parameter, not one per product: feeds can exceed PostgreSQL's 65,535 parameters.
        sql`${knowledgeSources.externalId} <> all(${pgTextArray(mapped.products.map((p: ProductRecord) => p.externalId))}::text[])`,
      ),
    );
  for (const source of disappeared) await retireSource(tx, { workspaceId: options.workspaceId, sourceId: source.id });

  const feed = { id: feedId, name: options.feedName, ...counts, retired: disappeared.length, skippedRows: skippedRows.length };
  const jobId = await submitIngestion(tx, { workspaceId: options.workspaceId, versionIds, feed });
  // With a job, import.finished follows when it is indexed; without one the import is complete now.
  if (!jobId) await enqueueUnchangedFeedImport(tx, { workspaceId: options.workspaceId, feed });
  return {
    feedId,
    ...counts,
    retired: disappeared.length,
    skippedRows: skippedRows.slice(0, MAX_REPORTED_ERRORS),
    skippedCount: skippedRows.length,
    jobId,
  };
}

async function upsertFeed(tx: Database, options: { workspaceId: string; feedName: string; mapping: ColumnMapping }) {
  const [feed] = await tx
    .insert(knowledgeFeeds)
    .values({ id: createId("feed"), workspaceId: options.workspaceId, name: options.feedName, mapping: options.mapping as StoredMapping })
    .onConflictDoUpdate({
      target: [knowledgeFeeds.workspaceId, knowledgeFeeds.name],
      set: { mapping: options.mapping as StoredMapping, lastImportAt: sql`now()` },
    })
    .returning({ id: knowledgeFeeds.id });
  return feed!.id;
}

/** A saved mapping still applies when its id and name columns (and only then) are in the file. */
function fitsHeaders(mapping: ColumnMapping, headers: string[]): boolean {
  return Boolean(mapping.id && mapping.name && headers.includes(mapping.id) && headers.includes(mapping.name));
}

function unmappedColumns(headers: string[], mapping: ColumnMapping): string[] {
  const used = new Set<string>([...SINGLE_FIELD_NAMES.flatMap((field) => (mapping[field] ? [mapping[field]] : [])), ...(mapping.attributes ?? [])]);
  return headers.filter((header) => header.trim() !== "" && !used.has(header));
}

/** The mapping the last import of this feed used, or null for a feed not imported before. */
export async function getSavedFeedMapping(db: Database, options: { workspaceId: string; feedName: string }): Promise<ColumnMapping | null> {
  const [feed] = await db
    .select({ mapping: knowledgeFeeds.mapping })
    .from(knowledgeFeeds)
    .where(and(eq(knowledgeFeeds.workspaceId, options.workspaceId), eq(knowledgeFeeds.name, options.feedName.trim())));
  return (feed?.mapping as ColumnMapping | undefined) ?? null;
}

function sortErrors(errors: FeedRowError[]) {
  return [...errors].sort((a, b) => a.line - b.line);
}
