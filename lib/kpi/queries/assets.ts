import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { ctr } from "@/lib/kpi/metrics/derived";
import type { Totals } from "@/lib/kpi/metrics/totals";
import { rowScope, SUM_COLUMNS, type RowScope, type SumRow } from "./scope";
import { totalsFromRow } from "./totals-row";

export interface AssetPerformance {
  assetId: string;
  /** null when the asset was deleted after its ads were imported. */
  title: string | null;
  kind: string | null;
  state: string | null;
  totals: Totals;
}

/**
 * Performance per Brandpilot asset (ads linked by UTM or ad id), per currency. Titles are joined
 * within the workspace: an asset id from another workspace can never lend its title.
 */
export async function getAssetPerformance(db: Database, scope: RowScope): Promise<AssetPerformance[]> {
  const rows = await executeRows<SumRow & { asset_id: string; title: string | null; kind: string | null; state: string | null }>(
    db,
    sql`select s.*, a.title, a.kind, a.state::text as state
        from (
          select r.asset_id, r.currency, ${SUM_COLUMNS}
          from kpi_daily_rollup r
          where ${rowScope({ ...scope, origin: "ai" }, { alias: "r", assetNull: "empty" })}
          group by r.asset_id, r.currency
        ) s
        left join assets a on a.id = s.asset_id and a.workspace_id = ${scope.workspaceId}
        order by s.impressions desc`,
  );
  return rows.map((row) => ({ assetId: row.asset_id, title: row.title, kind: row.kind, state: row.state, totals: totalsFromRow(row) }));
}

/** Fewer impressions than this and a CTR says more about luck than about the ad. */
export const RANKING_MIN_IMPRESSIONS = 1_000;

/**
 * Best and worst assets by CTR among those with enough impressions. CTR, not ROAS, because it
 * compares assets across currencies and needs no conversion tracking; the tables show the rest.
 */
export function rankAssets(items: readonly AssetPerformance[], options: { count: number; minImpressions?: number }): { best: AssetPerformance[]; worst: AssetPerformance[]; belowThreshold: number } {
  const min = options.minImpressions ?? RANKING_MIN_IMPRESSIONS;
  const eligible = items.filter((item) => item.totals.impressions >= min && ctr(item.totals) !== null);
  const sorted = [...eligible].sort((a, b) => (ctr(b.totals) ?? 0) - (ctr(a.totals) ?? 0) || a.assetId.localeCompare(b.assetId));
  const best = sorted.slice(0, options.count);
  const worst = sorted
    .slice(Math.max(best.length, sorted.length - options.count))
    .reverse();
  return { best, worst, belowThreshold: items.length - eligible.length };
}
