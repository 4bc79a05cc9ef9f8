import { notEnoughDataText } from "@/lib/kpi/metrics/comparison";
import { METRICS, type MetricId } from "@/lib/kpi/metrics/registry";
import type { Totals } from "@/lib/kpi/metrics/totals";
import type { AssetPerformance } from "@/lib/kpi/queries/assets";
import type { BreakdownRow } from "@/lib/kpi/queries/breakdowns";
import type { UpliftResult } from "@/lib/kpi/stats/two-proportion-uplift";
import type { ChartPoint } from "@/lib/kpi/dashboard/chart-points";
import type { Tile } from "@/lib/kpi/dashboard/tiles";
import { adPlatformLabel, assetKindLabel, assetTitleLabel } from "@/lib/kpi/dashboard/labels";
import { metricCell, num, percent, text, type Cell, type Column, type KpiTable } from "./cells";

/** Metric columns of every breakdown table, in the registry's order; money in the row's currency. */
const METRIC_COLUMNS: Column[] = METRICS.map((metric) => ({
  label: metric.label,
  unit: metric.format === "percent" ? "%" : metric.format === "currency" ? "row currency" : undefined,
  numeric: true,
}));

function metricCells(totals: Totals): Cell[] {
  return METRICS.map((metric) => metricCell(metric.id, metric.compute(totals), metric.currencyBound ? totals.currency : undefined));
}

export function totalsTable(tiles: readonly Tile[]): KpiTable {
  return {
    id: "totals",
    title: "KPI totals",
    columns: [{ label: "Metric" }, { label: "Currency" }, { label: "This period", numeric: true }, { label: "Previous period", numeric: true }, { label: "Change", unit: "%", numeric: true }, { label: "Why no change" }],
    rows: tiles.flatMap((tile) =>
      tile.values.map((value) => [
        text(tile.metric.label),
        text(value.currency ?? ""),
        metricCell(tile.metric.id, value.current, value.currency ?? undefined),
        metricCell(tile.metric.id, value.previous, value.currency ?? undefined),
        percent(value.change),
        text(value.comparison.kind === "not-enough-data" ? notEnoughDataText(value.comparison.coverage) : value.comparison.kind === "none" ? "no previous value to compare" : ""),
      ]),
    ),
  };
}

export function seriesTable(points: readonly ChartPoint[], currency: string | null): KpiTable {
  const moneyUnit = currency ?? "no spend";
  return {
    id: "series",
    title: "Time series",
    columns: [
      { label: "Period" },
      { label: "Impressions", numeric: true },
      { label: "Clicks", numeric: true },
      { label: "Conversions", numeric: true },
      { label: "CTR", unit: "%", numeric: true },
      { label: "Conversion rate", unit: "%", numeric: true },
      { label: "CTR of AI-generated ads", unit: "%", numeric: true },
      { label: "CTR of other ads", unit: "%", numeric: true },
      { label: "Cost", unit: moneyUnit, numeric: true },
      { label: "Conversion value", unit: moneyUnit, numeric: true },
      { label: "ROAS", numeric: true },
    ],
    rows: points.map((p) => [
      text(p.key),
      num(p.impressions, 0),
      num(p.clicks, 0),
      num(p.conversions, 2),
      percent(p.ctr),
      percent(p.cvr),
      percent(p.aiCtr),
      percent(p.otherCtr),
      num(p.cost, 2),
      num(p.revenue, 2),
      num(p.roas, 2),
    ]),
  };
}

export function breakdownTable(rows: readonly BreakdownRow[], by: "platform" | "campaign"): KpiTable {
  return {
    id: by === "platform" ? "channels" : "campaigns",
    title: by === "platform" ? "By channel" : "By campaign",
    columns: [...(by === "campaign" ? [{ label: "Campaign" }] : []), { label: "Channel" }, { label: "Currency" }, ...METRIC_COLUMNS],
    rows: rows.map((row) => [...(by === "campaign" ? [text(row.campaign)] : []), text(adPlatformLabel(row.platform)), text(row.totals.currency), ...metricCells(row.totals)]),
  };
}

/**
 * Assets by title and kind label. The id column is for the CSV export only (a spreadsheet joins on
 * it); on the page, managers read titles, and an id would only widen the table.
 */
export function assetsTable(items: readonly AssetPerformance[], options: { title?: string; withIds?: boolean } = {}): KpiTable {
  const withIds = options.withIds ?? true;
  return {
    id: "assets",
    title: options.title ?? "Assets",
    columns: [{ label: "Asset" }, ...(withIds ? [{ label: "Asset id" }] : []), { label: "Kind" }, { label: "Currency" }, ...METRIC_COLUMNS],
    rows: items.map((item) => [
      text(assetTitleLabel(item.title)),
      ...(withIds ? [text(item.assetId)] : []),
      text(assetKindLabel(item.kind)),
      text(item.totals.currency),
      ...metricCells(item.totals),
    ]),
  };
}

const UPLIFT_METRICS: { id: MetricId; key: "ctr" | "cvr"; successes: string; trials: string }[] = [
  { id: "ctr", key: "ctr", successes: "clicks", trials: "impressions" },
  { id: "cvr", key: "cvr", successes: "conversions", trials: "clicks" },
];

/** Uplift of AI-generated ads: rates, sample sizes, intervals, test and verdict; never a bare percentage. */
export function upliftTable(uplift: { ctr: UpliftResult; cvr: UpliftResult }): KpiTable {
  return {
    id: "uplift",
    title: "Uplift of AI-generated ads",
    columns: [
      { label: "Metric" },
      { label: "AI-generated: successes", numeric: true },
      { label: "AI-generated: trials", numeric: true },
      { label: "AI-generated: rate", unit: "%", numeric: true },
      { label: "Other: successes", numeric: true },
      { label: "Other: trials", numeric: true },
      { label: "Other: rate", unit: "%", numeric: true },
      { label: "Difference (AI − other)", unit: "percentage points", numeric: true },
      { label: "Difference CI low", unit: "percentage points", numeric: true },
      { label: "Difference CI high", unit: "percentage points", numeric: true },
      { label: "Relative uplift", unit: "%", numeric: true },
      { label: "Relative uplift CI low", unit: "%", numeric: true },
      { label: "Relative uplift CI high", unit: "%", numeric: true },
      { label: "Confidence", unit: "%", numeric: true },
      { label: "p-value", numeric: true },
      { label: "Verdict" },
      { label: "Why" },
    ],
    rows: UPLIFT_METRICS.map(({ id, key, successes, trials }) => {
      const u = uplift[key];
      return [
        text(`${METRICS.find((m) => m.id === id)!.label} (${successes} of ${trials})`),
        num(u.a.successes, 0),
        num(u.a.trials, 0),
        percent(u.a.rate),
        num(u.b.successes, 0),
        num(u.b.trials, 0),
        percent(u.b.rate),
        percent(u.difference?.estimate ?? null),
        percent(u.difference?.interval?.lower ?? null),
        percent(u.difference?.interval?.upper ?? null),
        percent(u.relativeUplift?.estimate ?? null),
        percent(u.relativeUplift?.interval?.lower ?? null),
        percent(u.relativeUplift?.interval?.upper ?? null),
        percent(u.confidence),
        num(u.pValue, 6),
        text(u.verdict),
        text(u.reason),
      ];
    }),
  };
}
