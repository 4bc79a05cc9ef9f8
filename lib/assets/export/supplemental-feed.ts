import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { assets, assetVersions, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AssetLanguage } from "@/lib/assets/schemas/language";
import { MerchantFeedSchema, type MerchantFeed } from "@/lib/assets/schemas/merchant-feed";
import type { ExportFile } from "./export-asset";
import { supplementalFeedTsv } from "./merchant-feed-tsv";

/** "approved": what review let out (the default); "all": every asset's current version, drafts too. */
export const FEED_EXPORT_SCOPES = ["approved", "all"] as const;
export type FeedExportScope = (typeof FEED_EXPORT_SCOPES)[number];

/*
 * The version of a product feed copy asset that goes into the feed. Approved: the current
 * version, which review approved (an edit afterwards starts a new draft). Otherwise the published
 * version, if one went out: a published asset being edited again is still live as published.
 * Drafts and assets in review have none, unless the export asks for every asset.
 */
const READY_VERSION = sql<number>`case when ${assets.state} = 'approved' then ${assets.currentVersion} else ${assets.publishedVersion} end`;

type Candidate = { assetId: string; feedProductId: string; content: MerchantFeed; versionAt: Date };

/*
 * The row's id is the product's id in the shop's feed (knowledge_sources.external_id of the
 * asset's product), never the productId written in the content: content is editable text, and two
 * assets claiming one id would silently overwrite each other's product. Copy without a feed
 * product behind it has no row.
 */
async function loadCandidates(db: Database, options: { workspaceId: string; language?: AssetLanguage; scope: FeedExportScope }): Promise<Candidate[]> {
  const version = options.scope === "all" ? assets.currentVersion : READY_VERSION;
  const rows = await db
    .select({ assetId: assets.id, feedProductId: knowledgeSources.externalId, content: assetVersions.content, versionAt: assetVersions.createdAt })
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.workspaceId, options.workspaceId), eq(assetVersions.version, version)))
    .innerJoin(knowledgeSources, and(eq(knowledgeSources.id, assets.productSourceId), eq(knowledgeSources.workspaceId, options.workspaceId)))
    .where(
      and(
        eq(assets.workspaceId, options.workspaceId),
        eq(assets.kind, "merchant-feed"),
        ne(assets.state, "archived"),
        isNull(assets.archivedAt),
        options.language ? eq(assets.language, options.language) : undefined,
      ),
    );
  return rows.flatMap((row) => {
    const parsed = MerchantFeedSchema.safeParse(row.content);
    const feedProductId = row.feedProductId?.trim() ?? "";
    return parsed.success && feedProductId !== "" ? [{ assetId: row.assetId, feedProductId, content: { ...parsed.data, productId: feedProductId }, versionAt: row.versionAt }] : [];
  });
}

/** One row per product: the newest of its versions (a feed with two rows for one id is rejected). */
function newestPerProduct(candidates: readonly Candidate[]): MerchantFeed[] {
  const newest = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const key = candidate.feedProductId;
    const current = newest.get(key);
    const isNewer = !current || candidate.versionAt > current.versionAt || (candidate.versionAt.getTime() === current.versionAt.getTime() && candidate.assetId > current.assetId);
    if (isNewer) newest.set(key, candidate);
  }
  return [...newest.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, candidate]) => candidate.content);
}

/**
 * The workspace's product feed copy as a Google Merchant Center supplemental feed (TSV): one row
 * per product id, approved or published copy only unless `scope` is "all", optionally one
 * language (a feed serves one market; two languages of one product would be two rows with one id).
 */
export async function exportSupplementalFeed(
  db: Database,
  options: { workspaceId: string; language?: AssetLanguage; scope?: FeedExportScope; now?: Date },
): Promise<ExportFile & { rows: number }> {
  const rows = newestPerProduct(await loadCandidates(db, { workspaceId: options.workspaceId, language: options.language, scope: options.scope ?? "approved" }));
  const date = (options.now ?? new Date()).toISOString().slice(0, 10);
  return {
    body: supplementalFeedTsv(rows),
    contentType: "text/tab-separated-values; charset=utf-8",
    fileName: `product-feed-copy${options.language ? `-${options.language}` : ""}-${date}.tsv`,
    rows: rows.length,
  };
}

/**
 * The languages that have product feed copy ready for the feed (approved, or published once), so
 * the library offers one download per language. Reads the asset rows only, not their content.
 */
export async function listFeedCopyLanguages(db: Database, options: { workspaceId: string }): Promise<AssetLanguage[]> {
  const rows = await db
    .selectDistinct({ language: assets.language })
    .from(assets)
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.kind, "merchant-feed"), ne(assets.state, "archived"), isNull(assets.archivedAt), sql`${READY_VERSION} is not null`));
  const languages = new Set(rows.map((row) => row.language));
  return (["de", "en"] as const).filter((language) => languages.has(language));
}
