import "server-only";
import type { Database } from "@/lib/db/types";
import { AppError } from "@/lib/errors";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { loadProduct, type BriefProduct } from "@/lib/assets/generate/load-product";
import { applyCampaignToBrief, type CampaignBriefFacts } from "./campaign-brief";
import { todayIso } from "./campaign-calendar";
import { loadCampaignForBrief } from "./load-campaign";

/**
 * The campaign a brief is written in, applied to it (applyCampaignToBrief), or null for a brief
 * outside any campaign. Another workspace's or an archived campaign is not found. Throws the
 * refusals (campaign past its end, language, unknown or ended offer, an offer that excludes the product) as
 * `invalid_input` with a sentence saying what to change.
 */
export async function resolveCampaignBrief(
  db: Database,
  options: { workspaceId: string; brief: BriefInput; product?: BriefProduct | null; today?: string },
): Promise<CampaignBriefFacts | null> {
  const campaignId = options.brief.campaignId;
  if (!campaignId) return null;
  const source = await loadCampaignForBrief(db, { workspaceId: options.workspaceId, campaignId });
  if (!source) throw new AppError("not_found", { key: "campaigns.campaignDoesNotExist2" });
  const product = options.product !== undefined ? options.product : await loadProduct(db, options.workspaceId, options.brief.productSourceId);
  return applyCampaignToBrief(options.brief, source, product, options.today ?? todayIso());
}
