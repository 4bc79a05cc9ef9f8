import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { assetComments, assets, assetTransitions, assetVersions, knowledgeSources, users, webhookDeliveries } from "@/lib/db/schema";
import { readComplianceReport } from "@/lib/assets/compliance/types";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import type { AssetKind } from "@/lib/assets/schemas/asset";
import { pageWindow, toPage, type PageRequest } from "@/lib/paging/offset-page";
import { listComments } from "./comments";
import { listVersions } from "./versions";

export type QueueFilters = { kind?: AssetKind; authorId?: string; language?: "de" | "en"; validation?: "valid" | "invalid"; productSourceId?: string };

const author = alias(users, "author");

function assetRowSelection() {
  return {
    id: assets.id,
    title: assets.title,
    kind: assets.kind,
    state: assets.state,
    language: assets.language,
    createdBy: assets.createdBy,
    lastEditedBy: assets.lastEditedBy,
    authorName: sql<string>`coalesce(${author.name}, ${author.email})`,
    productSourceId: assets.productSourceId,
    productTitle: knowledgeSources.title,
    campaignId: assets.campaignId,
    currentVersion: assets.currentVersion,
    publishedVersion: assets.publishedVersion,
    reviewRounds: assets.reviewRounds,
    submittedAt: assets.submittedAt,
    updatedAt: assets.updatedAt,
    /** The change time at full precision, for keyset cursors (listAssetsAfter). */
    updatedAtKey: sql<string>`${assets.updatedAt}::text`,
    createdAt: assets.createdAt,
    isValid: sql<boolean>`(${assetVersions.validation}->>'valid')::boolean`,
    errors: sql<number>`(${assetVersions.validation}->'counts'->>'errors')::int`,
    warnings: sql<number>`(${assetVersions.validation}->'counts'->>'warnings')::int`,
    /** The current version's compliance report as stored; read with readComplianceReport. */
    compliance: assetVersions.compliance,
    openComments: sql<number>`(select count(*)::int from ${assetComments} c where c.asset_id = ${assets.id} and c.resolved_at is null)`,
  };
}

function baseQuery(db: Database, conditions: SQL[]) {
  return db
    .select(assetRowSelection())
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.version, assets.currentVersion)))
    .leftJoin(author, eq(author.id, assets.createdBy))
    .leftJoin(knowledgeSources, and(eq(knowledgeSources.id, assets.productSourceId), eq(knowledgeSources.workspaceId, assets.workspaceId)))
    .where(and(...conditions));
}

/** The review queue: assets in review, longest waiting first, with what an editor filters by. */
export async function listReviewQueue(db: Database, options: { workspaceId: string; filters?: QueueFilters; limit?: number }) {
  const f = options.filters ?? {};
  const conditions: SQL[] = [eq(assets.workspaceId, options.workspaceId), eq(assets.state, "in_review")];
  if (f.kind) conditions.push(eq(assets.kind, f.kind));
  if (f.authorId) conditions.push(eq(assets.createdBy, f.authorId));
  if (f.language) conditions.push(eq(assets.language, f.language));
  if (f.productSourceId) conditions.push(eq(assets.productSourceId, f.productSourceId));
  if (f.validation) conditions.push(sql`(${assetVersions.validation}->>'valid')::boolean = ${f.validation === "valid"}`);
  return baseQuery(db, conditions).orderBy(asc(assets.submittedAt)).limit(options.limit ?? 200);
}

export async function countAssetsByState(db: Database, workspaceId: string): Promise<Record<(typeof ASSET_STATES)[number], number>> {
  const rows = await db.select({ state: assets.state, count: sql<number>`count(*)::int` }).from(assets).where(eq(assets.workspaceId, workspaceId)).groupBy(assets.state);
  const counts = Object.fromEntries(ASSET_STATES.map((s) => [s, 0])) as Record<(typeof ASSET_STATES)[number], number>;
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

/** The assets library: every asset, newest first, searchable by title, product and author. */
/** The library: archived drafts are left out unless `archived` asks for them (and then only them). */
type AssetListOptions = { workspaceId: string; search?: string; state?: (typeof ASSET_STATES)[number]; kind?: AssetKind; archived?: boolean; campaignId?: string };

export async function listAssets(db: Database, options: AssetListOptions & { limit?: number }) {
  return assetListQuery(db, options).limit(options.limit ?? 200);
}

/** One page of the asset library, most recently changed first; the filters apply to every page. */
export async function listAssetsPage(db: Database, options: AssetListOptions & { page: PageRequest }) {
  const { limit, offset } = pageWindow(options.page);
  return toPage(await assetListQuery(db, options).limit(limit).offset(offset), options.page);
}

/** Where a keyset page of the library continues: the last row's change time (microseconds, as text) and id. */
export type AssetListCursor = { updatedAt: string; id: string };

/**
 * One keyset page of the library (REST v1): the same order and filters as the pages, continuing
 * after `after`. `updatedAt` travels as Postgres' own text with microseconds: a JS Date keeps
 * milliseconds only, and a rounded cursor would show rows again or skip them.
 */
export async function listAssetsAfter(db: Database, options: AssetListOptions & { after?: AssetListCursor; limit: number }) {
  return assetListQuery(db, options, options.after).limit(options.limit);
}

/** The id breaks ties between equal change times, so paging never shows a row twice or skips one. */
function assetListQuery(db: Database, options: AssetListOptions, after?: AssetListCursor) {
  const conditions: SQL[] = [eq(assets.workspaceId, options.workspaceId), options.archived ? isNotNull(assets.archivedAt) : isNull(assets.archivedAt)];
  if (options.state) conditions.push(eq(assets.state, options.state));
  if (options.kind) conditions.push(eq(assets.kind, options.kind));
  if (options.campaignId) conditions.push(eq(assets.campaignId, options.campaignId));
  if (after) conditions.push(sql`(${assets.updatedAt}, ${assets.id}) < (${after.updatedAt}::timestamptz, ${after.id})`);
  if (options.search?.trim()) {
    const pattern = `%${options.search.trim().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    conditions.push(sql`(${assets.title} ilike ${pattern} or ${knowledgeSources.title} ilike ${pattern} or ${author.name} ilike ${pattern} or ${author.email} ilike ${pattern})`);
  }
  return baseQuery(db, conditions).orderBy(desc(assets.updatedAt), desc(assets.id));
}

/** Everything the asset page shows: the asset, a version's content and report, history, comments, deliveries. */
export async function getAssetDetail(db: Database, options: { workspaceId: string; assetId: string; version?: number }) {
  const [asset] = await baseQuery(db, [eq(assets.workspaceId, options.workspaceId), eq(assets.id, options.assetId)]);
  if (!asset) throw new AppError("not_found", { key: "review.assetDoesNotExist" });
  const [extra] = await db
    .select({ validationOverrideReason: assets.validationOverrideReason, approvedAt: assets.approvedAt, publishedAt: assets.publishedAt, editorChangeRatio: assets.editorChangeRatio, briefAt: assets.briefAt, archivedAt: assets.archivedAt })
    .from(assets)
    .where(eq(assets.id, asset.id));
  const versionNumber = options.version ?? asset.currentVersion;
  const [version] = await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, versionNumber)));
  if (!version) throw new AppError("not_found", { key: "review.versionAssetDoesNot2", params: { versionNumber } });
  const actor = alias(users, "actor");
  const transitions = await db
    .select({ id: assetTransitions.id, action: assetTransitions.action, fromState: assetTransitions.fromState, toState: assetTransitions.toState, version: assetTransitions.version, comment: assetTransitions.comment, createdAt: assetTransitions.createdAt, actorName: sql<string>`coalesce(${actor.name}, ${actor.email})` })
    .from(assetTransitions)
    .leftJoin(actor, eq(actor.id, assetTransitions.actorId))
    .where(and(eq(assetTransitions.workspaceId, options.workspaceId), eq(assetTransitions.assetId, asset.id)))
    .orderBy(desc(assetTransitions.createdAt));
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      version: webhookDeliveries.version,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.workspaceId, options.workspaceId), eq(webhookDeliveries.assetId, asset.id)))
    .orderBy(desc(webhookDeliveries.createdAt));
  return {
    asset: { ...asset, ...extra! },
    version: { number: version.version, content: version.content, validation: version.validation, compliance: readComplianceReport(version.compliance), provenance: version.provenance, omissions: version.omissions ?? [], createdAt: version.createdAt },
    versions: await listVersions(db, options),
    transitions,
    comments: await listComments(db, options),
    deliveries,
  };
}
