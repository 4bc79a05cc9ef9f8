import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { AdGroupSuggestion } from "@/lib/kpi/dashboard/budget";
import { adPlatformLabel } from "@/lib/kpi/dashboard/labels";
import { displayCell, money, percent } from "@/lib/kpi/tables/cells";
import { useUiText } from "./use-ui-text";
import { HeaderCell, Table, TableBody, TableCell, TableHead, TableRow } from "@/components/ui/table";

function ShareBar({ share }: { share: number | null }) {
  const locale = useLocale();
  if (share === null) return <span className="text-slate-400">—</span>;
  return (
    <span className="inline-flex items-center gap-2">
      <span className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-100" aria-hidden="true">
        <span className="block h-2 bg-brand-600" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {displayCell(percent(share), locale)}
    </span>
  );
}

const COLUMNS = ["ad", "asset", "clicksImpressions", "conversions", "shareNow", "suggestedShare", "suggestedBudget"] as const;

function AdGroupCard({ group }: { group: AdGroupSuggestion }) {
  const t = useTranslations("dashboard.budget");
  const uiText = useUiText();
  const assumptions = useTranslations("kpiTables.assumptions");
  const format = useFormatter();
  const locale = useLocale();
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="budget-ad-group">
      <h3 className="font-medium text-slate-900">
        {t("adGroupHeading", { platform: adPlatformLabel(group.platform), adGroup: group.adGroup })}
      </h3>
      {!group.ok ? (
        <p className="text-sm text-slate-600">{t("noSuggestion", { reason: uiText(group.reasonUi) })}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {t("splitIntro", { budget: displayCell(money(group.budgetMinor, group.currency), locale) })}
          </p>
          <div className="max-w-full overflow-x-auto" tabIndex={0} role="region" aria-label={t("splitRegion", { adGroup: group.adGroup })}>
            <Table density="compact">
              <TableHead shaded={false}>
                  {COLUMNS.map((column) => (
                    <HeaderCell key={column}>{t(`column.${column}`)}</HeaderCell>
                  ))}
              </TableHead>
              <TableBody>
                {group.variants.map((s) => (
                  <TableRow key={s.variant.adId}>
                    <TableCell className="font-mono text-xs">{s.variant.adId}</TableCell>
                    <TableCell>{s.variant.assetTitle ?? (s.variant.assetId ? t("deletedAsset") : t("notFromBrandpilot"))}</TableCell>
                    <TableCell className="tabular-nums">
                      {format.number(s.variant.totals.clicks, "integer")} / {format.number(s.variant.totals.impressions, "integer")}
                    </TableCell>
                    <TableCell className="tabular-nums">{format.number(s.variant.totals.conversions, "decimal")}</TableCell>
                    <TableCell>
                      <ShareBar share={s.currentShare} />
                    </TableCell>
                    <TableCell>
                      <ShareBar share={s.suggestedShare} />
                    </TableCell>
                    <TableCell className="tabular-nums">{displayCell(money(s.suggestedMinor, group.currency), locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <details className="text-sm text-slate-700">
            <summary className="cursor-pointer text-brand-700">{t("assumptions")}</summary>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {/* Worded here from the allocation's figures; `group.assumptions` is the same list in English for the API. */}
              <li>{assumptions("budgetEqualsSpend")}</li>
              <li>{assumptions("betaBinomial", { metric: group.allocation.metric, alpha: format.number(group.allocation.prior.alpha), beta: format.number(group.allocation.prior.beta) })}</li>
              <li>{assumptions("independent")}</li>
              <li>{assumptions("stationary")}</li>
              <li>{assumptions("bestArm")}</li>
              <li>
                {assumptions("monteCarlo", {
                  draws: format.number(group.allocation.draws, "integer"),
                  seed: String(group.allocation.seed),
                  standardError: format.number(0.5 / Math.sqrt(group.allocation.draws), { minimumSignificantDigits: 2, maximumSignificantDigits: 2 }),
                })}
              </li>
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
  const t = useTranslations("dashboard.budget");
  return (
    <section aria-labelledby="budget-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="budget-heading" className="text-lg font-medium">
            {campaign ? t("headingFor", { campaign }) : t("heading")}
          </h2>
          <p className="text-sm text-slate-600">
            {t("intro")}
          </p>
        </div>
        <p className="flex gap-3 text-sm">
          {t("optimiseFor")}
          {(["cvr", "ctr"] as const).map((m) => (
            <Link key={m} href={metricHref[m]} aria-current={m === metric ? "true" : undefined} className={m === metric ? "font-semibold" : "text-brand-700 underline"}>
              {t(`metric.${m}`)}
            </Link>
          ))}
          {exportLink ? (
            <a href={exportLink} download className="font-medium text-brand-700 underline" data-testid="export-budget">
              {t("exportCsv")}
            </a>
          ) : null}
        </p>
      </div>
      {!campaign ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm text-slate-700">{t("chooseCampaign")}</p>
      ) : suggestions && suggestions.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">{t("noAds")}</p>
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
