import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { bucketKey, bucketKeys, type Granularity } from "@/lib/kpi/metrics/period";
import { emptyTotals, type Counts, type Totals } from "@/lib/kpi/metrics/totals";
import { sumTotals } from "@/lib/kpi/metrics/sum-totals";
import { rowScope, SUM_COLUMNS, type RowScope, type SumRow } from "./scope";
import { totalsFromRow } from "./totals-row";

export interface SeriesPoint {
  /** Bucket key: "2026-11-03", "2026-W45" or "2026-11". */
  key: string;
  counts: Counts;
  aiCounts: Counts;
  otherCounts: Counts;
  /** Money per currency, for the chart of the selected currency. */
  byCurrency: Totals[];
}

/**
 * The view as a time series, one point per day, ISO week or month, with empty buckets filled in
 * (a gap in the data is a zero on the chart, not a line drawn across it). The database groups by
 * day only; days are put into weeks and months here with `bucketKey` (ISO weeks, like the rest of
 * the dashboard), which is cheaper than formatting a bucket per roll-up row in SQL.
 */
export async function getTimeSeries(db: Database, scope: RowScope & { granularity: Granularity }): Promise<SeriesPoint[]> {
  const rows = await executeRows<SumRow & { day: string; is_ai: boolean }>(
    db,
    sql`select r.date::text as day, (r.asset_id <> '') as is_ai, r.currency, ${SUM_COLUMNS}
        from kpi_daily_rollup r
        where ${rowScope(scope, { alias: "r", assetNull: "empty" })}
        group by r.date, 2, r.currency`,
  );
  const byKey = new Map<string, (Totals & { isAi: boolean })[]>();
  for (const row of rows) {
    const key = bucketKey(row.day, scope.granularity);
    const list = byKey.get(key) ?? [];
    list.push({ ...totalsFromRow(row), isAi: Boolean(row.is_ai) });
    byKey.set(key, list);
  }
  return bucketKeys(scope.range, scope.granularity).map((key) => {
    const items = byKey.get(key) ?? [];
    const all = sumTotals(items);
    return {
      key,
      counts: all.counts,
      aiCounts: sumTotals(items.filter((i) => i.isAi)).counts,
      otherCounts: sumTotals(items.filter((i) => !i.isAi)).counts,
      byCurrency: all.byCurrency,
    };
  });
}

/** Money of one currency at a point, zero when the point has none. */
export function pointMoney(point: SeriesPoint, currency: string): Totals {
  return point.byCurrency.find((t) => t.currency === currency) ?? emptyTotals(currency);
}
