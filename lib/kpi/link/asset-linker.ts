import { normalizeUtmValue } from "@/lib/assets/schemas/utm";

export interface LinkCandidate {
  assetId: string;
  /** The asset's utm.campaign / utm.content as written in its content (normalised here). */
  utmCampaign: string | null;
  utmContent: string | null;
  /** Lower wins when two assets carry the same tags: published before approved before drafts, newest first. */
  rank: number;
}

export type AssetLinker = (utmCampaign: string | null, utmContent: string | null) => string | null;

const keyOf = (campaign: string, content: string | null) => `${campaign}\u0000${content ?? ""}`;

/**
 * Matches a report row's UTM tags to the asset that produced the ad. Both sides are normalised the
 * way `buildUtmUrl` writes them, so "Spring Sale" in an asset and "spring_sale" in the URL agree.
 * The campaign is required and the content must agree exactly (a missing utm_content matches only
 * an asset without one): a campaign-level URL is shared by many ads and must not credit one asset.
 */
export function createAssetLinker(candidates: readonly LinkCandidate[]): AssetLinker {
  const best = new Map<string, { assetId: string; rank: number }>();
  for (const candidate of candidates) {
    const campaign = candidate.utmCampaign ? normalizeUtmValue(candidate.utmCampaign) : "";
    if (!campaign) continue;
    const content = candidate.utmContent ? normalizeUtmValue(candidate.utmContent) || null : null;
    const key = keyOf(campaign, content);
    const current = best.get(key);
    if (!current || candidate.rank < current.rank) best.set(key, { assetId: candidate.assetId, rank: candidate.rank });
  }
  return (utmCampaign, utmContent) => {
    if (!utmCampaign || best.size === 0) return null;
    const campaign = normalizeUtmValue(utmCampaign);
    const content = utmContent ? normalizeUtmValue(utmContent) || null : null;
    return best.get(keyOf(campaign, content))?.assetId ?? null;
  };
}
