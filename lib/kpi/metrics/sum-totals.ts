import { addConversions, emptyTotals, type Counts, type Totals } from "./totals";

/**
 * Result of adding totals that may be in different currencies.
 *
 * Decision: money is never added across currencies (there is no exchange rate here, and a
 * silently converted figure would be wrong by the day's rate). Instead:
 * - `counts` adds impressions, clicks and conversions over everything, so CTR and CVR stay
 *   available for a mixed-currency selection;
 * - `byCurrency` holds one complete `Totals` per currency (sorted by code) for cost, CPC, CPA, ROAS;
 * - `total` is the single-currency total, or `null` when the input is empty or mixed, so a caller
 *   cannot accidentally render one cost figure for EUR + USD;
 * - `mixedCurrency` tells the UI to show per-currency rows or a notice.
 */
export interface SummedTotals {
  counts: Counts;
  byCurrency: Totals[];
  total: Totals | null;
  mixedCurrency: boolean;
}

export function sumTotals(items: readonly Totals[]): SummedTotals {
  const groups = new Map<string, Totals>();
  const counts: Counts = { impressions: 0, clicks: 0, conversions: 0 };
  for (const item of items) {
    const group = groups.get(item.currency) ?? emptyTotals(item.currency);
    group.impressions += item.impressions;
    group.clicks += item.clicks;
    group.conversions = addConversions(group.conversions, item.conversions);
    group.costMinor += item.costMinor;
    group.revenueMinor += item.revenueMinor;
    groups.set(item.currency, group);
    counts.impressions += item.impressions;
    counts.clicks += item.clicks;
    counts.conversions = addConversions(counts.conversions, item.conversions);
  }
  const byCurrency = [...groups.values()].sort((a, b) => a.currency.localeCompare(b.currency));
  const mixedCurrency = byCurrency.length > 1;
  return { counts, byCurrency, total: byCurrency.length === 1 ? (byCurrency[0] ?? null) : null, mixedCurrency };
}
