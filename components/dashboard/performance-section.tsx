import { useFormatter, useTranslations } from "next-intl";
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
import { isoDay } from "./chart-format";
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
  const t = useTranslations("dashboard.performance");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(isoDay(iso), "date");
  const { current } = view.summary;
  const currencies = current.all.byCurrency.map((t) => t.currency);
  return (
    <div className="space-y-6">
      {current.all.mixedCurrency ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" role="status">
          {t("mixedCurrency", { currencies: currencies.join(", "), chartCurrency: view.chartCurrency ?? "" })}
        </p>
      ) : null}
      <section aria-labelledby="totals-heading" className="space-y-2">
        <div className="flex items-end justify-between">
          <h2 id="totals-heading" className="text-lg font-medium">
            {t("totalsHeading", { from: day(view.summary.current.range.from), to: day(view.summary.current.range.to) })}
          </h2>
          <a href={exportLink("totals")} download className="text-sm font-medium text-brand-700 underline" data-testid="export-totals">
            {t("exportCsv")}
          </a>
        </div>
        <p className="text-sm text-slate-600">
          {t("comparesWith", { from: day(view.summary.previous.range.from), to: day(view.summary.previous.range.to) })}
        </p>
        {hasEnoughCoverage(view.summary.previousCoverage) ? null : (
          <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900" role="status" data-testid="sparse-previous-period">
            {t("sparsePrevious", { daysWithData: view.summary.previousCoverage.daysWithData, days: view.summary.previousCoverage.days })}
          </p>
        )}
        <KpiTiles tiles={view.tiles} />
      </section>
      <PerformanceChart points={view.chart} currency={view.chartCurrency} exportHref={exportLink("series")} />
      <UpliftPanel uplift={view.uplift} exportLink={exportLink("uplift")} />
      <section aria-labelledby="breakdowns-heading" className="space-y-4">
        <h2 id="breakdowns-heading" className="text-lg font-medium">
          {t("breakdowns")}
        </h2>
        <div className="grid gap-4 lg:grid-cols-2">
          <BreakdownChart title={t("clicksByChannel")} bars={bars(view.platforms, (row) => adPlatformLabel(row.platform))} />
          <BreakdownChart title={t("clicksByCampaign", { top: TOP_BARS })} bars={bars(view.campaigns, (row) => row.campaign)} />
        </div>
        <DataTable table={breakdownTable(view.platforms, "platform")} exportHref={exportLink("channels")} />
        <DataTable table={breakdownTable(view.campaigns, "campaign")} exportHref={exportLink("campaigns")} maxRows={20} />
      </section>
      <section aria-labelledby="assets-heading" className="space-y-4">
        <h2 id="assets-heading" className="text-lg font-medium">
          {t("bestWorst")}
        </h2>
        <p className="text-sm text-slate-600">
          {view.ranking.belowThreshold > 0
            ? t("rankingNoteWithExcluded", { min: RANKING_MIN_IMPRESSIONS, excluded: view.ranking.belowThreshold })
            : t("rankingNote", { min: RANKING_MIN_IMPRESSIONS })}
        </p>
        {view.assets.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
            {t("noLinkedAds")}
          </p>
        ) : (
          <div className="grid gap-4">
            <DataTable table={assetsTable(view.ranking.best, { title: t("bestAssets"), withIds: false })} exportHref={exportLink("assets")} caption={t("exportListsAll")} />
            <DataTable table={assetsTable(view.ranking.worst, { title: t("worstAssets"), withIds: false })} exportHref={exportLink("assets")} />
          </div>
        )}
      </section>
    </div>
  );
}
