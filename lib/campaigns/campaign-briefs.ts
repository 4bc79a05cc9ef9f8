import "server-only";
import { and, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { assets, assetVersions, generationBatches, knowledgeSources } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { readBriefSummary, stableKey, type BriefSummary } from "./brief-summary";

export type CampaignBrief = BriefSummary & {
  key: string;
  /** A batch run (one brief over many products) or a brief from the Generate form. */
  source: "batch" | "single";
  batchId: string | null;
  batchStatus: string | null;
  /** Products of the brief: one for a product brief, every selected one for a batch. */
  productTitles: string[];
  productCount: number;
  assetCount: number;
  /** When the brief was first submitted. */
  at: Date;
};

const SCAN_LIMIT = 1_000;

/**
 * The distinct briefs of a campaign, newest first: every batch run with this campaign's id, and
 * every distinct brief stored in the provenance of the campaign's other assets (one brief makes
 * one asset per channel, so it is listed once with its asset count). A brief the retention purge
 * emptied is still listed, as such.
 */
export async function listCampaignBriefs(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignBrief[]> {
  const { workspaceId, campaignId } = options;
  const batches = await db
    .select({ id: generationBatches.id, brief: generationBatches.brief, productSourceIds: generationBatches.productSourceIds, status: generationBatches.status, createdAt: generationBatches.createdAt })
    .from(generationBatches)
    .where(and(eq(generationBatches.workspaceId, workspaceId), eq(generationBatches.campaignId, campaignId)))
    .limit(SCAN_LIMIT);
  // Batch items are keyed "batch:<batchId>:<product>:<kind>" (lib/assets/batch/batch-job.ts).
  const batchCounts = batches.length
    ? await db
        .select({ batchId: sql<string>`split_part(${assets.idempotencyKey}, ':', 2)`, count: sql<number>`count(*)::int` })
        .from(assets)
        .where(and(eq(assets.workspaceId, workspaceId), sql`${assets.idempotencyKey} like 'batch:%'`, inArray(sql`split_part(${assets.idempotencyKey}, ':', 2)`, batches.map((b) => b.id))))
        .groupBy(sql`split_part(${assets.idempotencyKey}, ':', 2)`)
    : [];
  const singles = await db
    .select({ briefAt: assets.briefAt, productSourceId: assets.productSourceId, provenance: assetVersions.provenance })
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.version, 1), eq(assetVersions.workspaceId, workspaceId)))
    .where(
      and(
        eq(assets.workspaceId, workspaceId),
        eq(assets.campaignId, campaignId),
        isNotNull(assetVersions.provenance),
        sql`(${assets.idempotencyKey} is null or ${assets.idempotencyKey} not like 'batch:%')`,
      ),
    )
    .limit(SCAN_LIMIT);

  const productIds = new Set<string>();
  const briefs: (Omit<CampaignBrief, "productTitles"> & { productIds: string[] })[] = [];
  for (const batch of batches) {
    const summary = readBriefSummary(batch.brief);
    batch.productSourceIds.forEach((id) => productIds.add(id));
    briefs.push({
      ...summary,
      key: `batch:${batch.id}`,
      source: "batch",
      batchId: batch.id,
      batchStatus: batch.status,
      productIds: batch.productSourceIds,
      productCount: batch.productSourceIds.length,
      assetCount: Number(batchCounts.find((count) => count.batchId === batch.id)?.count ?? 0),
      at: batch.createdAt,
    });
  }
  const byKey = new Map<string, (typeof briefs)[number]>();
  for (const row of singles) {
    const stored = row.provenance?.brief ?? {};
    const summary = readBriefSummary(stored);
    const key = `brief:${stableKey(stored)}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.assetCount += 1;
      if (row.briefAt < existing.at) existing.at = row.briefAt;
      continue;
    }
    const ids = summary.productSourceId ? [summary.productSourceId] : row.productSourceId ? [row.productSourceId] : [];
    ids.forEach((id) => productIds.add(id));
    const brief = { ...summary, key, source: "single" as const, batchId: null, batchStatus: null, productIds: ids, productCount: ids.length, assetCount: 1, at: row.briefAt };
    byKey.set(key, brief);
    briefs.push(brief);
  }

  const titles = productIds.size
    ? await db
        .select({ id: knowledgeSources.id, title: knowledgeSources.title })
        .from(knowledgeSources)
        .where(and(eq(knowledgeSources.workspaceId, workspaceId), inArray(knowledgeSources.id, [...productIds])))
    : [];
  const titleOf = new Map(titles.map((row) => [row.id, row.title]));
  return briefs
    .sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key))
    .map(({ productIds: ids, ...brief }) => ({ ...brief, productTitles: ids.map((id) => titleOf.get(id) ?? "A product no longer in the feed") }));
}
