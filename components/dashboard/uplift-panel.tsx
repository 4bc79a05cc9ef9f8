import { useFormatter, useTranslations } from "next-intl";
import type { UpliftReason, UpliftResult } from "@/lib/kpi/stats/two-proportion-uplift";
import type { Interval } from "@/lib/kpi/stats/intervals";

const VERDICT_STYLE: Record<UpliftResult["verdict"], string> = {
  "significant uplift": "bg-green-100 text-green-800",
  "significant drop": "bg-red-100 text-red-800",
  "no significant difference": "bg-slate-100 text-slate-700",
  "insufficient data": "bg-amber-100 text-amber-800",
};

// Message keys per verdict: the verdict strings are data (CSV export), the labels are the member's language.
const VERDICT_KEY = {
  "significant uplift": "significantUplift",
  "significant drop": "significantDrop",
  "no significant difference": "noSignificantDifference",
  "insufficient data": "insufficientData",
} as const satisfies Record<UpliftResult["verdict"], string>;

type Metric = "ctr" | "cvr";

function UpliftCard({ metric, result }: { metric: Metric; result: UpliftResult }) {
  const t = useTranslations("dashboard.uplift");
  const format = useFormatter();
  const pct = (value: number | null | undefined, digits = 2) =>
    value === null || value === undefined || !Number.isFinite(value) ? "—" : format.number(value, { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits });
  const points = (value: number) => t("percentagePoints", { sign: value >= 0 ? "+" : "−", value: format.number(Math.abs(value * 100), { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  const interval = (i: Interval | null | undefined, show: (v: number) => string) => (i ? t("interval", { lower: show(i.lower), upper: show(i.upper) }) : t("notDefined"));
  const level = format.number(result.confidence, { style: "percent", maximumFractionDigits: 0 });
  const group = (g: UpliftResult["a"]) =>
    t(`groupLine.${metric}`, { rate: pct(g.rate), successes: g.successes, trials: g.trials, level, interval: interval(g.interval, (v) => pct(v)) });
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={`uplift-${metric}`}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium text-slate-900">{t(`title.${metric}`)}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${VERDICT_STYLE[result.verdict]}`}>{t(`verdict.${VERDICT_KEY[result.verdict]}`)}</span>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("aiGenerated")}</dt>
        <dd>{group(result.a)}</dd>
        <dt className="text-slate-600">{t("otherAds")}</dt>
        <dd>{group(result.b)}</dd>
        <dt className="text-slate-600">{t("difference")}</dt>
        <dd>{result.difference ? t("withInterval", { value: points(result.difference.estimate), level, interval: interval(result.difference.interval, points) }) : "—"}</dd>
        <dt className="text-slate-600">{t("relativeUplift")}</dt>
        <dd>
          {result.relativeUplift
            ? t("withInterval", { value: pct(result.relativeUplift.estimate, 1), level, interval: interval(result.relativeUplift.interval, (v) => pct(v, 1)) })
            : t("relativeUpliftUndefined")}
        </dd>
        <dt className="text-slate-600">{t("test")}</dt>
        <dd>{result.pValue === null ? t("notComputable") : t("zTest", { p: pValueText(result.pValue, format) })}</dd>
      </dl>
      <p className="text-xs text-slate-600">
        <UpliftReasonText why={result.why} />
      </p>
    </article>
  );
}

/** "= 0,0032" / "< 0,0001": a p-value in the locale's digits. */
function pValueText(p: number, format: ReturnType<typeof useFormatter>): string {
  return p < 0.0001 ? `< ${format.number(0.0001, { maximumSignificantDigits: 1 })}` : `= ${format.number(p, { maximumSignificantDigits: 2, minimumSignificantDigits: 2 })}`;
}

function UpliftReasonText({ why }: { why: UpliftReason }) {
  const t = useTranslations("dashboard.uplift.reason");
  const format = useFormatter();
  switch (why.code) {
    case "no-trials":
      return t("noTrials", { group: why.group });
    case "successes-exceed-trials":
      return t("successesExceedTrials", { group: why.group, successes: why.successes, trials: why.trials });
    case "too-few-trials":
      return t("tooFewTrials", { group: why.group, count: why.count, minimum: why.minimum });
    case "too-few-successes":
      return t("tooFewSuccesses", { group: why.group, count: why.count, minimum: why.minimum });
    case "too-few-failures":
      return t("tooFewFailures", { group: why.group, count: why.count, minimum: why.minimum });
    case "significant":
    case "not-significant": {
      const p = why.p === null ? t("pNotAvailable") : pValueText(why.p, format);
      const alpha = format.number(why.alpha, { maximumSignificantDigits: 2, minimumSignificantDigits: 2 });
      return why.code === "significant" ? t("significant", { p, alpha }) : t("notSignificant", { p, alpha });
    }
  }
}

/**
 * Uplift of ads made from Brandpilot assets against all other ads, with the intervals and the
 * sample sizes behind it: never a bare percentage.
 */
export function UpliftPanel({ uplift, exportLink }: { uplift: { ctr: UpliftResult; cvr: UpliftResult }; exportLink: string }) {
  const t = useTranslations("dashboard.uplift");
  return (
    <section aria-labelledby="uplift-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="uplift-heading" className="text-lg font-medium">
            {t("heading")}
          </h2>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <a href={exportLink} download className="text-sm font-medium text-brand-700 underline" data-testid="export-uplift">
          {t("exportCsv")}
        </a>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <UpliftCard metric="ctr" result={uplift.ctr} />
        <UpliftCard metric="cvr" result={uplift.cvr} />
      </div>
    </section>
  );
}
