import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import type { PeriodCoverage } from "@/lib/kpi/metrics/comparison";
import { previousPeriod, rangeLength, type DateRange } from "@/lib/kpi/metrics/period";
import { sumTotals, type SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import type { Totals } from "@/lib/kpi/metrics/totals";
import { rowScope, SUM_COLUMNS, type RowScope, type SumRow } from "./scope";
import { totalsFromRow } from "./totals-row";

export interface PeriodSummary {
  range: DateRange;
  all: SummedTotals;
  /** Ads made from a Brandpilot asset. */
  ai: SummedTotals;
  /** Every other ad. */
  other: SummedTotals;
}

export interface PerformanceSummary {
  current: PeriodSummary;
  /** The equally long period just before (`previousPeriod`), for the tiles' deltas. */
  previous: PeriodSummary;
  /** Days of the previous period with any row in the view: a sparse one makes its deltas meaningless. */
  previousCoverage: PeriodCoverage;
}

function periodSummary(range: DateRange, rows: (Totals & { isAi: boolean })[]): PeriodSummary {
  return { range, all: sumTotals(rows), ai: sumTotals(rows.filter((r) => r.isAi)), other: sumTotals(rows.filter((r) => !r.isAi)) };
}

/**
 * Totals of the view and of the previous period, per currency and split by AI-generated or not, in
 * one pass over the roll-up (both periods are adjacent, so one range scan covers them).
 */
export async function getPerformanceSummary(db: Database, scope: RowScope): Promise<PerformanceSummary> {
  const previous = previousPeriod(scope.range);
  const both = { ...scope, range: { from: previous.from, to: scope.range.to } };
  const rows = await executeRows<SumRow & { is_current: boolean; is_ai: boolean }>(
    db,
    sql`select (r.date >= ${scope.range.from}::date) as is_current, (r.asset_id <> '') as is_ai, r.currency, ${SUM_COLUMNS}
        from kpi_daily_rollup r
        where ${rowScope(both, { alias: "r", assetNull: "empty" })}
        group by 1, 2, r.currency`,
  );
  // Distinct days cannot be summed across the groups above, so they are counted on their own.
  const [days] = await executeRows<{ previous_days: number | string }>(
    db,
    sql`select count(distinct r.date) filter (where r.date < ${scope.range.from}::date) as previous_days
        from kpi_daily_rollup r
        where ${rowScope(both, { alias: "r", assetNull: "empty" })}`,
  );
  const parsed = rows.map((row) => ({ ...totalsFromRow(row), isAi: Boolean(row.is_ai), isCurrent: Boolean(row.is_current) }));
  return {
    current: periodSummary(scope.range, parsed.filter((r) => r.isCurrent)),
    previous: periodSummary(previous, parsed.filter((r) => !r.isCurrent)),
    previousCoverage: { daysWithData: Number(days?.previous_days ?? 0), days: rangeLength(previous) },
  };
}

/** Newest day with data in the workspace (a backward scan of the roll-up's primary key), or null. */
export async function getLatestDataDate(db: Database, options: { workspaceId: string }): Promise<string | null> {
  const [row] = await executeRows<{ latest: string | null }>(
    db,
    sql`select max(date)::text as latest from kpi_daily_rollup where workspace_id = ${options.workspaceId}`,
  );
  return row?.latest ?? null;
}
