import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";

export type CampaignTimeToAsset = {
  assets: number;
  approved: number;
  /** Median minutes from the brief (assets.brief_at) to the first saved draft (version 1). */
  minutesToFirstDraftP50: number | null;
  /** Median minutes from the brief to approval, of the approved: the dashboard's "Brief to approval, median" (lib/kpi/queries/copilot.ts), in minutes and for this campaign's assets. */
  minutesToApprovalP50: number | null;
};

const num = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/**
 * How fast the campaign's briefs became assets. Same cohort and definitions as the copilot
 * operations figures: every asset of the campaign, brief time as stored (a batch item's brief is
 * its batch's start, so queueing counts), approval as `approved_at`, medians by percentile_cont.
 */
export async function getCampaignTimeToAsset(db: Database, options: { workspaceId: string; campaignId: string }): Promise<CampaignTimeToAsset> {
  const [row] = await executeRows<Record<string, unknown>>(
    db,
    sql`select count(*)::int as assets,
               count(*) filter (where a.approved_at is not null)::int as approved,
               percentile_cont(0.5) within group (order by extract(epoch from v.created_at - a.brief_at) / 60) as draft_p50,
               percentile_cont(0.5) within group (order by extract(epoch from a.approved_at - a.brief_at) / 60) filter (where a.approved_at is not null) as approval_p50
        from assets a
        left join asset_versions v on v.asset_id = a.id and v.version = 1 and v.workspace_id = ${options.workspaceId}
        where a.workspace_id = ${options.workspaceId} and a.campaign_id = ${options.campaignId}`,
  );
  return {
    assets: Number(row?.assets ?? 0),
    approved: Number(row?.approved ?? 0),
    minutesToFirstDraftP50: num(row?.draft_p50),
    minutesToApprovalP50: num(row?.approval_p50),
  };
}
