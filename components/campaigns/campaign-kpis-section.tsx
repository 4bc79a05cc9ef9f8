import Link from "next/link";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { CampaignKpis } from "@/lib/campaigns/campaign-kpis";
import { displayCell, metricCell } from "@/lib/kpi/tables/cells";
import { MISSING_VALUE } from "@/lib/kpi/metrics/format";
import { useCampaignLabels } from "./use-campaign-labels";

/**
 * The campaign's KPIs from imported performance reports, matched by UTM name; formatted as the
 * dashboard formats them (money per currency, "—" for a rate without a denominator). `kpis` is
 * null for a role without kpi:read: a short note stands in for the figures.
 */
export function CampaignKpisSection({ kpis, dashboardHref }: { kpis: CampaignKpis | null; dashboardHref: string | null }) {
  const t = useTranslations("campaigns.kpis");
  const tk = useTranslations("kpi.metric");
  const locale = useLocale();
  const labels = useCampaignLabels();
  const code = (chunks: ReactNode) => <code className="font-mono">{chunks}</code>;
  const values = () =>
    kpis?.assetUtmCampaigns.map((value, index) => (
      <span key={value}>
        {index > 0 ? ", " : ""}
        <code className="font-mono">{value}</code>
      </span>
    ));
  return (
    <section aria-labelledby="kpis-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="kpis-heading" className="text-lg font-medium">
        {t("heading")}
      </h2>
      {kpis === null ? (
        <p className="text-sm text-slate-700" data-testid="kpis-restricted">
          {t("restricted")}
        </p>
      ) : kpis.rows === 0 ? (
        <p className="text-sm text-slate-700" data-testid="kpis-empty">
          {kpis.prefix
            ? t.rich("emptyWithPrefix", { prefix: kpis.prefix, prefixStart: `${kpis.prefix}${kpis.separator}`, hasAssets: kpis.assetUtmCampaigns.length > 0 ? "yes" : "no", code, values })
            : t.rich("emptyNoPrefix", { hasAssets: kpis.assetUtmCampaigns.length > 0 ? "yes" : "no", values })}
        </p>
      ) : (
        <>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label={t("totalsLabel")}>
            {kpis.figures.map((figure) => (
              <li key={figure.metric.id} className="min-w-0 rounded-lg border border-slate-200 p-3" data-testid={`campaign-kpi-${figure.metric.id}`}>
                <p className="text-xs font-medium tracking-wide text-slate-600 uppercase" title={tk(`${figure.metric.id}.formula`)}>
                  {tk(`${figure.metric.id}.label`)}
                </p>
                {figure.values.length === 0 ? <p className="mt-1 text-lg font-semibold text-slate-600">{MISSING_VALUE}</p> : null}
                {figure.values.map((value) => (
                  <p key={value.currency ?? "all"} className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">
                    {displayCell(metricCell(figure.metric.id, value.value, value.currency ?? undefined), locale)}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">
            {t.rich("source", {
              rows: kpis.rows,
              dates: kpis.firstDate && kpis.lastDate ? labels.dateRange(kpis.firstDate, kpis.lastDate) : "—",
              hasPrefix: kpis.prefix ? "yes" : "no",
              prefix: kpis.prefix ?? "",
              prefixStart: `${kpis.prefix ?? ""}${kpis.separator}`,
              matched: kpis.matchedUtmCampaigns.map((match) => `${match.value} (${match.rows})`).join(", "),
              mixed: kpis.totals.mixedCurrency ? "yes" : "no",
              code,
            })}
          </p>
          {dashboardHref ? (
            <p className="text-sm">
              <Link href={dashboardHref} className="text-brand-700 underline">
                {t("openDashboard")}
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
