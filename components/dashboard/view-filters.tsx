import { useTranslations } from "next-intl";
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
  const t = useTranslations("dashboard.filters");
  return (
    <section aria-label={t("label")} className="mb-4 space-y-2 rounded-lg border border-slate-200 bg-white p-3">
      <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <input type="hidden" name="tab" value={filters.tab} />
        {filters.tab === "budget" ? <input type="hidden" name="metric" value={filters.metric} /> : null}
        <label>
          {t("from")}
          <input type="date" name="from" defaultValue={range.from} className={CONTROL} required />
        </label>
        <label>
          {t("to")}
          <input type="date" name="to" defaultValue={range.to} className={CONTROL} required />
        </label>
        <label>
          {t("granularity")}
          <select name="granularity" defaultValue={filters.granularity} className={CONTROL}>
            <option value="day">{t("day")}</option>
            <option value="week">{t("week")}</option>
            <option value="month">{t("month")}</option>
          </select>
        </label>
        {showBreakdownFilters && options ? (
          <>
            <label>
              {t("channel")}
              <select name="channel" defaultValue={filters.channel ?? ""} className={CONTROL}>
                <option value="">{t("allChannels")}</option>
                {options.platforms.map((platform) => (
                  <option key={platform} value={platform}>
                    {adPlatformLabel(platform)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t("campaign")}
              <select name="campaign" defaultValue={filters.campaign ?? ""} className={`${CONTROL} max-w-64`}>
                <option value="">{filters.tab === "budget" ? t("chooseCampaign") : t("allCampaigns")}</option>
                {[...new Set(options.campaigns.map((c) => c.campaign))].map((campaign) => (
                  <option key={campaign} value={campaign}>
                    {campaign}
                  </option>
                ))}
              </select>
            </label>
            {filters.tab === "performance" ? (
              <label>
                {t("ads")}
                <select name="origin" defaultValue={filters.origin} className={CONTROL}>
                  <option value="all">{t("allAds")}</option>
                  <option value="ai">{t("aiAds")}</option>
                  <option value="other">{t("otherAds")}</option>
                </select>
              </label>
            ) : null}
            {filters.tab === "performance" && options.currencies.length > 1 ? (
              <label>
                {t("chartCurrency")}
                <select name="currency" defaultValue={filters.currency ?? ""} className={CONTROL}>
                  <option value="">{t("largestSpend")}</option>
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
          {t("apply")}
        </button>
      </form>
      <p className="flex flex-wrap gap-3 text-sm">
        <span className="text-slate-600">{t("quickRanges")}</span>
        {quickRanges.map((quick) => (
          <Link key={quick.label} href={quick.href} aria-current={quick.isCurrent ? "true" : undefined} className={quick.isCurrent ? "font-semibold text-brand-900" : "text-brand-700 underline"}>
            {quick.label}
          </Link>
        ))}
      </p>
    </section>
  );
}
