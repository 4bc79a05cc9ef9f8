import type { PerformanceView } from "@/lib/kpi/dashboard/performance-view";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import { hasEnoughCoverage } from "@/lib/kpi/metrics/comparison";
import { ctr } from "@/lib/kpi/metrics/derived";
import { sumTotals } from "@/lib/kpi/metrics/sum-totals";
import { RANKING_MIN_IMPRESSIONS } from "@/lib/kpi/queries/assets";
import type { BreakdownRow } from "@/lib/kpi/queries/breakdowns";
import type { TableId } from "@/lib/kpi/tables/cells";
import { assetsTable, breakdownTable } from "@/lib/kpi/tables/performance-tables";
import { BreakdownChart, type BreakdownBar } from "./breakdown-chart";
import { DataTable } from "./data-table";
import { KpiTiles } from "./kpi-tiles";
import { PerformanceChart } from "./performance-chart";
import { UpliftPanel } from "./uplift-panel";

const TOP_BARS = 10;

/** Clicks per ad platform or campaign across currencies (counts add up; money does not). */
function bars(rows: readonly BreakdownRow[], label: (row: BreakdownRow) => string): BreakdownBar[] {
  const byLabel = new Map<string, BreakdownRow["totals"][]>();
  for (const row of rows) byLabel.set(label(row), [...(byLabel.get(label(row)) ?? []), row.totals]);
  return [...byLabel.entries()]
    .map(([name, totals]) => {
      const { counts } = sumTotals(totals);
      return { label: name, clicks: counts.clicks, ctr: ctr(counts) };
    })
    .sort((a, b) => b.clicks - a.clicks)
    .slice(0, TOP_BARS);
}

export function PerformanceSection({ view, exportLink }: { view: PerformanceView; exportLink: (table: TableId) => string }) {
  const { current } = view.summary;
  const currencies = current.all.byCurrency.map((t) => t.currency);
  return (
    <div className="space-y-6">
      {current.all.mixedCurrency ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status">
          This view spends in {currencies.join(", ")}. Money is never added across currencies (there is no exchange rate here): cost, CPC,
          CPA, conversion value and ROAS are shown per currency, and the chart shows {view.chartCurrency}. Impressions, clicks, conversions,
          CTR and conversion rate count all ads.
        </p>
      ) : null}
      <section aria-labelledby="totals-heading" className="space-y-2">
        <div className="flex items-end justify-between">
          <h2 id="totals-heading" className="text-lg font-medium">
            Totals, {view.summary.current.range.from} to {view.summary.current.range.to}
          </h2>
          <a href={exportLink("totals")} download className="text-sm font-medium text-brand-700 underline" data-testid="export-totals">
            Export CSV
          </a>
        </div>
        <p className="text-sm text-slate-600">
          Changes compare with the {view.summary.previous.range.from} to {view.summary.previous.range.to} period of the same length. A
          rate with nothing to divide by (no clicks, no cost) is “—”, not 0.
        </p>
        {hasEnoughCoverage(view.summary.previousCoverage) ? null : (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" role="status" data-testid="sparse-previous-period">
            No changes are shown: the previous period has data on only {view.summary.previousCoverage.daysWithData} of its{" "}
            {view.summary.previousCoverage.days} days, and a comparison with a mostly empty period measures the gap, not the campaigns. Changes
            are shown when at least half of the previous period&apos;s days have data.
          </p>
        )}
        <KpiTiles tiles={view.tiles} />
      </section>
      <PerformanceChart points={view.chart} currency={view.chartCurrency} exportHref={exportLink("series")} />
      <UpliftPanel uplift={view.uplift} exportLink={exportLink("uplift")} />
      <section aria-labelledby="breakdowns-heading" className="space-y-4">
        <h2 id="breakdowns-heading" className="text-lg font-medium">
          Breakdowns
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <BreakdownChart title="Clicks by channel" bars={bars(view.platforms, (row) => adPlatformLabel(row.platform))} />
          <BreakdownChart title={`Clicks by campaign (top ${TOP_BARS})`} bars={bars(view.campaigns, (row) => row.campaign)} />
        </div>
        <DataTable table={breakdownTable(view.platforms, "platform")} exportHref={exportLink("channels")} />
        <DataTable table={breakdownTable(view.campaigns, "campaign")} exportHref={exportLink("campaigns")} maxRows={20} />
      </section>
      <section aria-labelledby="assets-heading" className="space-y-4">
        <h2 id="assets-heading" className="text-lg font-medium">
          Best and worst assets
        </h2>
        <p className="text-sm text-slate-600">
          By CTR, among Brandpilot assets with at least {RANKING_MIN_IMPRESSIONS.toLocaleString("en")} impressions in this view
          {view.ranking.belowThreshold > 0 ? ` (${view.ranking.belowThreshold} asset rows have fewer and are left out of the ranking)` : ""}.
        </p>
        {view.assets.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
            No ad in this view is linked to a Brandpilot asset. Ads link when their URL carries an asset&apos;s UTM campaign and content, or
            when their ad id was linked by an earlier import.
          </p>
        ) : (
          <div className="grid gap-4">
            <DataTable table={assetsTable(view.ranking.best, { title: "Best assets", withIds: false })} exportHref={exportLink("assets")} caption="The export lists every linked asset." />
            <DataTable table={assetsTable(view.ranking.worst, { title: "Worst assets", withIds: false })} exportHref={exportLink("assets")} />
          </div>
        )}
      </section>
    </div>
  );
}
