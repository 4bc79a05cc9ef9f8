import Link from "next/link";
import type { AdGroupSuggestion } from "@/lib/kpi/dashboard/budget";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import { displayCell, money, percent } from "@/lib/kpi/tables/cells";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

function ShareBar({ share }: { share: number | null }) {
  if (share === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-100" aria-hidden="true">
        <span className="block h-2 bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {displayCell(percent(share))}
    </span>
  );
}

function AdGroupCard({ group }: { group: AdGroupSuggestion }) {
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="budget-ad-group">
      <h3 className="font-medium text-slate-900">
        {adPlatformLabel(group.platform)} · ad group {group.adGroup}
      </h3>
      {!group.ok ? (
        <p className="text-sm text-slate-600">No suggestion: {group.reason}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Suggested split of next period&apos;s budget of {displayCell(money(group.budgetMinor, group.currency))} (this period&apos;s spend on the ad group):
          </p>
          <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={`Suggested split for ad group ${group.adGroup} (scrolls sideways)`}>
            <Table density="compact">
              <TableHead shaded={false}>
                  {["Ad", "Asset", "Clicks / impressions", "Conversions", "Share of spend now", "Suggested share", "Suggested budget"].map((label) => (
                    <HeaderCell key={label}>
                      {label}
                    </HeaderCell>
                  ))}
              </TableHead>
              <TableBody>
                {group.variants.map((s) => (
                  <TableRow key={s.variant.adId}>
                    <TableCell className="font-mono text-xs">{s.variant.adId}</TableCell>
                    <TableCell>{s.variant.assetTitle ?? (s.variant.assetId ? "(deleted asset)" : "not from Brandpilot")}</TableCell>
                    <TableCell className="tabular-nums">
                      {s.variant.totals.clicks.toLocaleString("en")} / {s.variant.totals.impressions.toLocaleString("en")}
                    </TableCell>
                    <TableCell className="tabular-nums">{s.variant.totals.conversions.toLocaleString("en")}</TableCell>
                    <TableCell>
                      <ShareBar share={s.currentShare} />
                    </TableCell>
                    <TableCell>
                      <ShareBar share={s.suggestedShare} />
                    </TableCell>
                    <TableCell className="tabular-nums">{displayCell(money(s.suggestedMinor, group.currency))}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer text-brand-700">Assumptions behind this suggestion</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {group.assumptions.map((assumption) => (
                <li key={assumption}>{assumption}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </article>
  );
}

/**
 * Thompson-sampling budget suggestions for the ad groups of one campaign. A suggestion, not an
 * instruction: the assumptions are one click away on every ad group.
 */
export function BudgetPanel({
  campaign,
  suggestions,
  metric,
  metricHref,
  exportLink,
}: {
  campaign: string | undefined;
  suggestions: AdGroupSuggestion[] | null;
  metric: "ctr" | "cvr";
  metricHref: Record<"ctr" | "cvr", string>;
  exportLink: string | null;
}) {
  return (
    <section aria-labelledby="budget-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="budget-heading" className="text-lg font-medium">
            Budget suggestion{campaign ? ` for ${campaign}` : ""}
          </h2>
          <p className="text-sm text-slate-600">
            For each ad group, the share of next period&apos;s budget each ad would get by Thompson sampling: the posterior probability
            (Beta-Binomial, from this period&apos;s clicks and conversions) that it is the best ad. Deterministic for a given view.
          </p>
        </div>
        <p className="flex gap-3 text-sm">
          Optimise for:
          {(["cvr", "ctr"] as const).map((m) => (
            <Link key={m} href={metricHref[m]} aria-current={m === metric ? "true" : undefined} className={m === metric ? "font-semibold" : "text-brand-700 underline"}>
              {m === "cvr" ? "Conversion rate" : "CTR"}
            </Link>
          ))}
          {exportLink ? (
            <a href={exportLink} download className="font-medium text-brand-700 underline" data-testid="export-budget">
              Export CSV
            </a>
          ) : null}
        </p>
      </div>
      {!campaign ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">Choose a campaign above: budgets are split between the ads of one ad group.</p>
      ) : suggestions && suggestions.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">This campaign has no ads in the range.</p>
      ) : (
        <div className="space-y-3">
          {suggestions?.map((group) => (
            <AdGroupCard key={`${group.platform}-${group.adGroup}`} group={group} />
          ))}
        </div>
      )}
    </section>
  );
}
