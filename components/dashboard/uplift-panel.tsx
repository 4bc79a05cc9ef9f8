import { formatPValue, type UpliftResult } from "@/lib/kpi/stats/two-proportion-uplift";
import type { Interval } from "@/lib/kpi/stats/intervals";

const pct = (value: number | null | undefined, digits = 2) =>
  value === null || value === undefined || !Number.isFinite(value) ? "—" : new Intl.NumberFormat("en", { style: "percent", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
const points = (value: number) => `${value >= 0 ? "+" : "−"}${Math.abs(value * 100).toFixed(2)} pp`;
const count = (value: number) => new Intl.NumberFormat("en").format(value);
const interval = (i: Interval | null | undefined, format: (v: number) => string) => (i ? `${format(i.lower)} to ${format(i.upper)}` : "not defined");

const VERDICT_STYLE: Record<UpliftResult["verdict"], string> = {
  "significant uplift": "bg-green-100 text-green-800",
  "significant drop": "bg-red-100 text-red-800",
  "no significant difference": "bg-slate-100 text-slate-700",
  "insufficient data": "bg-amber-100 text-amber-800",
};

function UpliftCard({ title, result, successes, trials }: { title: string; result: UpliftResult; successes: string; trials: string }) {
  const level = `${Math.round(result.confidence * 100)} %`;
  return (
    <article className="space-y-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={`uplift-${title.toLowerCase()}`}>
      <header className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-medium text-slate-900">{title}</h3>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${VERDICT_STYLE[result.verdict]}`}>{result.verdict}</span>
      </header>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">AI-generated</dt>
        <dd>
          {pct(result.a.rate)} — {count(result.a.successes)} {successes} of {count(result.a.trials)} {trials} ({level} CI {interval(result.a.interval, (v) => pct(v))})
        </dd>
        <dt className="text-slate-600">Other ads</dt>
        <dd>
          {pct(result.b.rate)} — {count(result.b.successes)} {successes} of {count(result.b.trials)} {trials} ({level} CI {interval(result.b.interval, (v) => pct(v))})
        </dd>
        <dt className="text-slate-600">Difference</dt>
        <dd>{result.difference ? `${points(result.difference.estimate)} (${level} CI ${interval(result.difference.interval, points)})` : "—"}</dd>
        <dt className="text-slate-600">Relative uplift</dt>
        <dd>{result.relativeUplift ? `${pct(result.relativeUplift.estimate, 1)} (${level} CI ${interval(result.relativeUplift.interval, (v) => pct(v, 1))})` : "not defined (no successes among the other ads)"}</dd>
        <dt className="text-slate-600">Test</dt>
        <dd>{result.pValue === null ? "not computable" : `two-proportion z-test, p ${formatPValue(result.pValue)}`}</dd>
      </dl>
      <p className="text-xs text-slate-600">{result.reason}.</p>
    </article>
  );
}

/**
 * Uplift of ads made from Brandpilot assets against all other ads, with the intervals and the
 * sample sizes behind it: never a bare percentage.
 */
export function UpliftPanel({ uplift, exportLink }: { uplift: { ctr: UpliftResult; cvr: UpliftResult }; exportLink: string }) {
  return (
    <section aria-labelledby="uplift-heading" className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="uplift-heading" className="text-lg font-medium">
            AI-generated vs other ads
          </h2>
          <p className="text-sm text-slate-600">
            Ads linked to a Brandpilot asset (by UTM tags or ad id) against all others in this view. Intervals: Wilson for each rate,
            Newcombe for the difference, Katz for the ratio. Each impression (or click) counts as an independent trial, which ignores
            clustering by day or audience: read a verdict as a screening signal, not proof.
          </p>
        </div>
        <a href={exportLink} download className="text-sm font-medium text-brand-700 underline" data-testid="export-uplift">
          Export CSV
        </a>
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <UpliftCard title="CTR" result={uplift.ctr} successes="clicks" trials="impressions" />
        <UpliftCard title="CVR" result={uplift.cvr} successes="conversions" trials="clicks" />
      </div>
    </section>
  );
}
