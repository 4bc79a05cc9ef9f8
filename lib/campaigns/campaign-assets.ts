import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import { assets, assetVersions } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { AssetState } from "@/lib/review/workflow";
import { assetUtmLink } from "./asset-utm-link";
import { summarizeByChannel, type ChannelSummary } from "./channel-summary";

/** A campaign page lists its assets whole up to here; a campaign with more is a batch run to page through in the library. */
export const MAX_CAMPAIGN_ASSETS = 500;

export type CampaignAssetRow = {
  id: string;
  title: string;
  kind: string;
  state: AssetState;
  language: string;
  updatedAt: Date;
  /** The tracked link of its current version, when its kind has one. */
  utmLink: string | null;
  utmCampaign: string | null;
};

export type CampaignAssets = { rows: CampaignAssetRow[]; byChannel: ChannelSummary[]; truncated: boolean };

/**
 * The campaign's assets (assets.campaign_id) with their current version's tracked link, newest
 * change first, and the count per channel × state (planned channels without assets included). Drafts their owner archived stay out, as they
 * do in the library.
 */
export async function listCampaignAssets(db: Database, options: { workspaceId: string; campaignId: string; plannedChannels?: readonly string[] }): Promise<CampaignAssets> {
  const rows = await db
    .select({
      id: assets.id,
      title: assets.title,
      kind: assets.kind,
      state: assets.state,
      language: assets.language,
      updatedAt: assets.updatedAt,
      content: assetVersions.content,
    })
    .from(assets)
    .innerJoin(assetVersions, and(eq(assetVersions.assetId, assets.id), eq(assetVersions.version, assets.currentVersion), eq(assetVersions.workspaceId, options.workspaceId)))
    .where(and(eq(assets.workspaceId, options.workspaceId), eq(assets.campaignId, options.campaignId), isNull(assets.archivedAt)))
    .orderBy(desc(assets.updatedAt), asc(assets.id))
    .limit(MAX_CAMPAIGN_ASSETS + 1);
  const listed = rows.slice(0, MAX_CAMPAIGN_ASSETS).map(({ content, ...row }) => {
    const link = assetUtmLink(content);
    return { ...row, utmLink: link?.url ?? null, utmCampaign: link?.campaign ?? null };
  });
  return { rows: listed, byChannel: summarizeByChannel(listed, options.plannedChannels), truncated: rows.length > MAX_CAMPAIGN_ASSETS };
}
