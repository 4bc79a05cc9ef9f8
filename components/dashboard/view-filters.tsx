import Link from "next/link";
import type { ViewOptions } from "@/lib/kpi/queries/breakdowns";
import type { DashboardFilters } from "@/lib/kpi/dashboard/filters";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import type { DateRange } from "@/lib/kpi/metrics/period";

const CONTROL = "mt-1 block min-h-9 rounded-md border border-slate-300 bg-white px-2 text-sm";

/**
 * The view's date range and filters as a GET form: submitting it changes the URL, so every view
 * can be bookmarked and shared, and it works without JavaScript.
 */
export function ViewFilters({
  filters,
  range,
  options,
  quickRanges,
  showBreakdownFilters,
}: {
  filters: DashboardFilters;
  range: DateRange;
  options: ViewOptions | null;
  quickRanges: { label: string; href: string; isCurrent: boolean }[];
  showBreakdownFilters: boolean;
}) {
  return (
    <section aria-label="Date range and filters" className="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="tab" value={filters.tab} />
        {filters.tab === "budget" ? <input type="hidden" name="metric" value={filters.metric} /> : null}
        <label>
          From
          <input type="date" name="from" defaultValue={range.from} className={CONTROL} required />
        </label>
        <label>
          To
          <input type="date" name="to" defaultValue={range.to} className={CONTROL} required />
        </label>
        <label>
          Granularity
          <select name="granularity" defaultValue={filters.granularity} className={CONTROL}>
            <option value="day">Day</option>
            <option value="week">Week</option>
            <option value="month">Month</option>
          </select>
        </label>
        {showBreakdownFilters && options ? (
          <>
            <label>
              Channel
              <select name="channel" defaultValue={filters.channel ?? ""} className={CONTROL}>
                <option value="">All channels</option>
                {options.platforms.map((platform) => (
                  <option key={platform} value={platform}>
                    {adPlatformLabel(platform)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Campaign
              <select name="campaign" defaultValue={filters.campaign ?? ""} className={`${CONTROL} max-w-64`}>
                <option value="">{filters.tab === "budget" ? "Choose a campaign" : "All campaigns"}</option>
                {[...new Set(options.campaigns.map((c) => c.campaign))].map((campaign) => (
                  <option key={campaign} value={campaign}>
                    {campaign}
                  </option>
                ))}
              </select>
            </label>
            {filters.tab === "performance" ? (
              <label>
                Ads
                <select name="origin" defaultValue={filters.origin} className={CONTROL}>
                  <option value="all">All ads</option>
                  <option value="ai">AI-generated (Brandpilot assets)</option>
                  <option value="other">Not AI-generated</option>
                </select>
              </label>
            ) : null}
            {filters.tab === "performance" && options.currencies.length > 1 ? (
              <label>
                Chart currency
                <select name="currency" defaultValue={filters.currency ?? ""} className={CONTROL}>
                  <option value="">Largest spend</option>
                  {options.currencies.map((currency) => (
                    <option key={currency} value={currency}>
                      {currency}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </>
        ) : null}
        <button type="submit" className="min-h-9 rounded-md bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
          Apply
        </button>
      </form>
      <p className="flex flex-wrap gap-3 text-sm">
        <span className="text-slate-600">Quick ranges (up to the newest data):</span>
        {quickRanges.map((quick) => (
          <Link key={quick.label} href={quick.href} aria-current={quick.isCurrent ? "true" : undefined} className={quick.isCurrent ? "font-semibold text-brand-900" : "text-brand-700 underline"}>
            {quick.label}
          </Link>
        ))}
      </p>
    </section>
  );
}
