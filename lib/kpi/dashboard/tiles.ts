import type { ChangeAssessment } from "@/lib/kpi/metrics/change";
import { compareWithPrevious, type Comparison, type PeriodCoverage } from "@/lib/kpi/metrics/comparison";
import { METRICS, type MetricDefinition } from "@/lib/kpi/metrics/registry";
import type { SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import { emptyTotals, type Counts, type Totals } from "@/lib/kpi/metrics/totals";

export interface TileValue {
  /** null for metrics that do not involve money. */
  currency: string | null;
  current: number | null;
  previous: number | null;
  /**
   * Relative change against the previous period; null without a previous value (or from 0) and
   * when the previous period has too little data to compare with (see `comparison`).
   */
  change: number | null;
  assessment: ChangeAssessment | null;
  /** What the tile says about the change, including why there is no percentage. */
  comparison: Comparison;
}

export interface Tile {
  metric: MetricDefinition;
  /** One value, or one per currency for money metrics: amounts are never added across currencies. */
  values: TileValue[];
}

function countsAsTotals(counts: Counts): Totals {
  return { ...emptyTotals(""), ...counts };
}

function tileValue(metric: MetricDefinition, currency: string | null, current: Totals, previous: Totals, coverage: PeriodCoverage): TileValue {
  const now = metric.compute(current);
  const before = metric.compute(previous);
  const comparison = compareWithPrevious({ current: now, previous: before, direction: metric.direction, coverage });
  const isChange = comparison.kind === "change";
  return { currency, current: now, previous: before, change: isChange ? comparison.change : null, assessment: isChange ? comparison.assessment : null, comparison };
}

/**
 * The KPI tiles: every registered metric with its value, the previous period's and the change.
 * `previousCoverage` is how many days of the previous period have data: a sparse one gets no percentage.
 */
export function buildTiles(current: SummedTotals, previous: SummedTotals, previousCoverage: PeriodCoverage): Tile[] {
  const currencies = [...new Set([...current.byCurrency, ...previous.byCurrency].map((t) => t.currency))].sort();
  return METRICS.map((metric) => {
    if (!metric.currencyBound) return { metric, values: [tileValue(metric, null, countsAsTotals(current.counts), countsAsTotals(previous.counts), previousCoverage)] };
    return {
      metric,
      values: currencies.map((currency) =>
        tileValue(
          metric,
          currency,
          current.byCurrency.find((t) => t.currency === currency) ?? emptyTotals(currency),
          previous.byCurrency.find((t) => t.currency === currency) ?? emptyTotals(currency),
          previousCoverage,
        ),
      ),
    };
  });
}

/**
 * The currency money charts show: the one asked for if it has data, else the one with the most
 * spend in the period. null when there is no money at all.
 */
export function chooseChartCurrency(totals: SummedTotals, requested: string | undefined): string | null {
  if (requested && totals.byCurrency.some((t) => t.currency === requested)) return requested;
  const bySpend = [...totals.byCurrency].sort((a, b) => b.costMinor - a.costMinor || a.currency.localeCompare(b.currency));
  return bySpend[0]?.currency ?? null;
}
