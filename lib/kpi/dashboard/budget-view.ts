import "server-only";
import type { Database } from "@/lib/db/types";
import type { DateRange } from "@/lib/kpi/metrics/period";
import { getCampaignAdVariants } from "@/lib/kpi/queries/ad-groups";
import { suggestBudgets, type AdGroupSuggestion } from "./budget";

/**
 * Budget suggestions for the ad groups of one campaign. The seed is derived from the view, so the
 * same view always shows the same suggestion (and its export matches it).
 */
export async function loadBudgetView(
  db: Database,
  options: { workspaceId: string; range: DateRange; campaign: string; platform?: string; metric: "ctr" | "cvr" },
): Promise<AdGroupSuggestion[]> {
  const variants = await getCampaignAdVariants(db, options);
  const seedPrefix = [options.workspaceId, options.platform ?? "", options.campaign, options.range.from, options.range.to].join("|");
  return suggestBudgets(variants, { metric: options.metric, seedPrefix });
}
