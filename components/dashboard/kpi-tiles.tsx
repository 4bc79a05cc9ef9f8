import { useLocale, useTranslations } from "next-intl";
import { formatChange } from "@/lib/kpi/metrics/comparison";
import { formatMetricValue, MISSING_VALUE } from "@/lib/kpi/metrics/format";
import type { Tile, TileValue } from "@/lib/kpi/dashboard/tiles";

const TONE = { better: "text-green-700", worse: "text-red-700", unchanged: "text-slate-600", neutral: "text-slate-600" } as const;

function Delta({ value }: { value: TileValue }) {
  const t = useTranslations("kpi.comparison");
  const locale = useLocale();
  const { comparison } = value;
  if (comparison.kind === "not-enough-data") {
    return (
      <span className="text-amber-800" data-testid="not-enough-data">
        {t("notEnoughData", { daysWithData: comparison.coverage.daysWithData, days: comparison.coverage.days })}
      </span>
    );
  }
  if (comparison.kind === "none") return <span className="text-slate-600">{t("none")}</span>;
  return <span className={TONE[comparison.assessment]}>{t("vsPrevious", { change: formatChange(comparison.change, locale) })}</span>;
}

/**
 * One tile per metric with the change against the previous period, coloured by whether the change
 * is good news for that metric (CPC down is green, CTR down is red, spend and ±0 % are neutral).
 * Money metrics show one line per currency: amounts are never added across currencies.
 */
export function KpiTiles({ tiles }: { tiles: Tile[] }) {
  const t = useTranslations("kpi");
  const locale = useLocale();
  return (
    <ul className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-5" aria-label={t("tiles.label")}>
      {tiles.map((tile) => (
        <li key={tile.metric.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-3" data-testid={`tile-${tile.metric.id}`}>
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600" title={t(`metric.${tile.metric.id}.formula`)}>
            {t(`metric.${tile.metric.id}.label`)}
          </p>
          {tile.values.length === 0 ? <p className="mt-1 text-lg font-semibold text-slate-600">{MISSING_VALUE}</p> : null}
          {tile.values.map((value) => (
            <div key={value.currency ?? "all"} className="mt-1">
              <p className="text-lg font-semibold tabular-nums text-slate-900">{formatMetricValue(value.current, tile.metric, { locale, currency: value.currency ?? undefined })}</p>
              <p className="text-xs">
                <Delta value={value} />
              </p>
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
