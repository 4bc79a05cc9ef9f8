import { notEnoughDataText } from "@/lib/kpi/metrics/comparison";
import { METRICS, type MetricId } from "@/lib/kpi/metrics/registry";
import type { Totals } from "@/lib/kpi/metrics/totals";
import type { AssetPerformance } from "@/lib/kpi/queries/assets";
import type { BreakdownRow } from "@/lib/kpi/queries/breakdowns";
import type { UpliftResult } from "@/lib/kpi/stats/two-proportion-uplift";
import type { ChartPoint } from "@/lib/kpi/dashboard/chart-points";
import type { Tile } from "@/lib/kpi/dashboard/tiles";
import { adPlatformLabel, assetKindLabel, assetTitleLabel, isAssetKind } from "@/lib/kpi/dashboard/labels";
import { metricCell, num, percent, text, uiText, type Cell, type Column, type KpiTable } from "./cells";

/** Metric columns of every breakdown table, in the registry's order; money in the row's currency. */
const METRIC_COLUMNS: Column[] = METRICS.map((metric) => ({
  key: `kpi.metric.${metric.id}.label`,
  label: metric.label,
  unit: metric.format === "percent" ? "%" : metric.format === "currency" ? "row currency" : undefined,
  numeric: true,
}));

function metricCells(totals: Totals): Cell[] {
  return METRICS.map((metric) => metricCell(metric.id, metric.compute(totals), metric.currencyBound ? totals.currency : undefined));
}

function whyNoChangeCell(comparison: Tile["values"][number]["comparison"]): Cell {
  if (comparison.kind === "not-enough-data") {
    const { daysWithData, days } = comparison.coverage;
    return uiText(notEnoughDataText(comparison.coverage), { key: "kpiTables.cells.notEnoughData", params: { withData: daysWithData, days } });
  }
  return comparison.kind === "none" ? uiText("no previous value to compare", { key: "kpiTables.cells.noPreviousValue" }) : text("");
}

/** A known kind by `common.assetKind` on the page; a kind the app no longer knows as typed. */
function assetKindCell(kind: string | null): Cell {
  const label = assetKindLabel(kind);
  return kind !== null && isAssetKind(kind) ? uiText(label, { key: `common.assetKind.${kind}` }) : text(label);
}

export function totalsTable(tiles: readonly Tile[]): KpiTable {
  return {
    id: "totals",
    title: "KPI totals",
    titleUi: { key: "kpiTables.titles.totals" },
    columns: [{ key: "kpiTables.columns.metric", label: "Metric" }, { key: "kpiTables.columns.currency", label: "Currency" }, { key: "kpiTables.columns.thisPeriod", label: "This period", numeric: true }, { key: "kpiTables.columns.previousPeriod", label: "Previous period", numeric: true }, { key: "kpiTables.columns.change", label: "Change", unit: "%", numeric: true }, { key: "kpiTables.columns.whyNoChange", label: "Why no change" }],
    rows: tiles.flatMap((tile) =>
      tile.values.map((value) => [
        uiText(tile.metric.label, { key: `kpi.metric.${tile.metric.id}.label` }),
        text(value.currency ?? ""),
        metricCell(tile.metric.id, value.current, value.currency ?? undefined),
        metricCell(tile.metric.id, value.previous, value.currency ?? undefined),
        percent(value.change),
        whyNoChangeCell(value.comparison),
      ]),
    ),
  };
}

export function seriesTable(points: readonly ChartPoint[], currency: string | null): KpiTable {
  const moneyUnit = currency ?? "no spend";
  return {
    id: "series",
    title: "Time series",
    titleUi: { key: "kpiTables.titles.series" },
    columns: [
      { key: "kpiTables.columns.period", label: "Period" },
      { key: "kpiTables.columns.impressions", label: "Impressions", numeric: true },
      { key: "kpiTables.columns.clicks", label: "Clicks", numeric: true },
      { key: "kpiTables.columns.conversions", label: "Conversions", numeric: true },
      { key: "kpiTables.columns.ctr", label: "CTR", unit: "%", numeric: true },
      { key: "kpiTables.columns.conversionRate", label: "Conversion rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.ctrOfAiAds", label: "CTR of AI-generated ads", unit: "%", numeric: true },
      { key: "kpiTables.columns.ctrOfOtherAds", label: "CTR of other ads", unit: "%", numeric: true },
      { key: "kpiTables.columns.cost", label: "Cost", unit: moneyUnit, numeric: true },
      { key: "kpiTables.columns.conversionValue", label: "Conversion value", unit: moneyUnit, numeric: true },
      { key: "kpiTables.columns.roas", label: "ROAS", numeric: true },
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
    titleUi: { key: by === "platform" ? "kpiTables.titles.channels" : "kpiTables.titles.campaigns" },
    columns: [...(by === "campaign" ? [{ key: "kpiTables.columns.campaign", label: "Campaign" } satisfies Column] : []), { key: "kpiTables.columns.channel", label: "Channel" }, { key: "kpiTables.columns.currency", label: "Currency" }, ...METRIC_COLUMNS],
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
    // A caller's own title is already in the reader's language (the page's best and worst lists).
    title: options.title ?? "Assets",
    ...(options.title === undefined ? { titleUi: { key: "kpiTables.titles.assets" } } : {}),
    columns: [{ key: "kpiTables.columns.asset", label: "Asset" }, ...(withIds ? [{ key: "kpiTables.columns.assetId", label: "Asset id" } satisfies Column] : []), { key: "kpiTables.columns.kind", label: "Kind" }, { key: "kpiTables.columns.currency", label: "Currency" }, ...METRIC_COLUMNS],
    rows: items.map((item) => [
      item.title === null ? uiText(assetTitleLabel(null), { key: "kpiTables.cells.deletedAsset" }) : text(item.title),
      ...(withIds ? [text(item.assetId)] : []),
      assetKindCell(item.kind),
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
    titleUi: { key: "kpiTables.titles.uplift" },
    columns: [
      { key: "kpiTables.columns.metric", label: "Metric" },
      { key: "kpiTables.columns.aiSuccesses", label: "AI-generated: successes", numeric: true },
      { key: "kpiTables.columns.aiTrials", label: "AI-generated: trials", numeric: true },
      { key: "kpiTables.columns.aiRate", label: "AI-generated: rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.otherSuccesses", label: "Other: successes", numeric: true },
      { key: "kpiTables.columns.otherTrials", label: "Other: trials", numeric: true },
      { key: "kpiTables.columns.otherRate", label: "Other: rate", unit: "%", numeric: true },
      { key: "kpiTables.columns.differenceAiOther", label: "Difference (AI − other)", unit: "percentage points", numeric: true },
      { key: "kpiTables.columns.differenceCiLow", label: "Difference CI low", unit: "percentage points", numeric: true },
      { key: "kpiTables.columns.differenceCiHigh", label: "Difference CI high", unit: "percentage points", numeric: true },
      { key: "kpiTables.columns.relativeUplift", label: "Relative uplift", unit: "%", numeric: true },
      { key: "kpiTables.columns.relativeUpliftCiLow", label: "Relative uplift CI low", unit: "%", numeric: true },
      { key: "kpiTables.columns.relativeUpliftCiHigh", label: "Relative uplift CI high", unit: "%", numeric: true },
      { key: "kpiTables.columns.confidence", label: "Confidence", unit: "%", numeric: true },
      { key: "kpiTables.columns.pValue", label: "p-value", numeric: true },
      { key: "kpiTables.columns.verdict", label: "Verdict" },
      { key: "kpiTables.columns.why", label: "Why" },
    ],
    rows: UPLIFT_METRICS.map(({ id, key, successes, trials }) => {
      const u = uplift[key];
      return [
        uiText(`${METRICS.find((m) => m.id === id)!.label} (${successes} of ${trials})`, { key: "kpiTables.cells.upliftMetric", params: { metric: key } }),
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
