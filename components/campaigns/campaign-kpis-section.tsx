import Link from "next/link";
import type { CampaignKpis } from "@/lib/campaigns/campaign-kpis";
import { displayCell, metricCell } from "@/lib/kpi/tables/cells";
import { MISSING_VALUE } from "@/lib/kpi/metrics/format";

/**
 * The campaign's KPIs from imported performance reports, matched by UTM name; formatted as the
 * dashboard formats them (money per currency, "—" for a rate without a denominator). `kpis` is
 * null for a role without kpi:read: a short note stands in for the figures.
 */
export function CampaignKpisSection({ kpis, dashboardHref }: { kpis: CampaignKpis | null; dashboardHref: string | null }) {
  return (
    <section aria-labelledby="kpis-heading" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="kpis-heading" className="text-lg font-medium">
        KPIs
      </h2>
      {kpis === null ? (
        <p className="text-sm text-slate-700" data-testid="kpis-restricted">
          Performance figures (cost, revenue, CPA, ROAS) are shown to managers and admins.
        </p>
      ) : kpis.rows === 0 ? (
        <p className="text-sm text-slate-700" data-testid="kpis-empty">
          {kpis.prefix ? (
            <>
              No performance data yet: import a report whose utm_campaign is <code className="font-mono">{kpis.prefix}</code> or starts with{" "}
              <code className="font-mono">{`${kpis.prefix}${kpis.separator}`}</code>
            </>
          ) : (
            <>No performance data yet: import a report whose utm_campaign is one of this campaign’s assets’ values</>
          )}
          {kpis.assetUtmCampaigns.length > 0 ? (
            <>
              {kpis.prefix ? " or is one of its assets’ values" : ""} ({kpis.assetUtmCampaigns.map((value, index) => (
                <span key={value}>
                  {index > 0 ? ", " : ""}
                  <code className="font-mono">{value}</code>
                </span>
              ))})
            </>
          ) : null}
          .
        </p>
      ) : (
        <>
          <ul className="grid grid-cols-2 gap-3 md:grid-cols-4" aria-label="Campaign KPI totals">
            {kpis.figures.map((figure) => (
              <li key={figure.metric.id} className="min-w-0 rounded-lg border border-slate-200 p-3" data-testid={`campaign-kpi-${figure.metric.id}`}>
                <p className="text-xs font-medium tracking-wide text-slate-600 uppercase" title={figure.metric.formula}>
                  {figure.metric.label}
                </p>
                {figure.values.length === 0 ? <p className="mt-1 text-lg font-semibold text-slate-600">{MISSING_VALUE}</p> : null}
                {figure.values.map((value) => (
                  <p key={value.currency ?? "all"} className="mt-1 text-lg font-semibold text-slate-900 tabular-nums">
                    {displayCell(metricCell(figure.metric.id, value.value, value.currency ?? undefined))}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          <p className="text-sm text-slate-600">
            From {kpis.rows} imported ad-day {kpis.rows === 1 ? "row" : "rows"}, {kpis.firstDate === kpis.lastDate ? kpis.firstDate : `${kpis.firstDate} to ${kpis.lastDate}`}, whose utm_campaign
            {kpis.prefix ? (
              <>
                {" "}
                is <code className="font-mono">{kpis.prefix}</code>, starts with <code className="font-mono">{`${kpis.prefix}${kpis.separator}`}</code> or
              </>
            ) : null}{" "}
            is one of its assets’ values. Matched: {kpis.matchedUtmCampaigns.map((match) => `${match.value} (${match.rows})`).join(", ")}.
            {kpis.totals.mixedCurrency ? " Money figures are per currency: amounts are never added across currencies." : ""}
          </p>
          {dashboardHref ? (
            <p className="text-sm">
              <Link href={dashboardHref} className="text-brand-700 underline">
                Open the dashboard
              </Link>
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
