"use client";

import { useId, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartValueFormatter, periodKeyFormatter, type ChartValueFormat } from "./chart-format";
import { partialKey, solidKey, splitPartialPoints, type ChartPoint } from "@/lib/kpi/dashboard/chart-points";

type LineKey = "clicks" | "impressions" | "conversions" | "ctr" | "aiCtr" | "otherCtr" | "cvr" | "cost" | "revenue" | "cpc" | "cpa" | "roas";
type OptionId = "clicks" | "impressions" | "conversions" | "ctr" | "cvr" | "cost" | "revenue" | "cpc" | "cpa" | "roas";
type Option = { id: OptionId; format: ChartValueFormat; lines: { key: LineKey; color: string }[] };

const BLUE = "#1f5fbf";
const OPTIONS: Option[] = [
  { id: "clicks", format: "count", lines: [{ key: "clicks", color: BLUE }] },
  { id: "impressions", format: "count", lines: [{ key: "impressions", color: BLUE }] },
  { id: "conversions", format: "count", lines: [{ key: "conversions", color: BLUE }] },
  {
    id: "ctr",
    format: "percent",
    lines: [
      { key: "ctr", color: "#64748b" },
      { key: "aiCtr", color: BLUE },
      { key: "otherCtr", color: "#d97706" },
    ],
  },
  { id: "cvr", format: "percent", lines: [{ key: "cvr", color: BLUE }] },
  { id: "cost", format: "money", lines: [{ key: "cost", color: BLUE }] },
  { id: "revenue", format: "money", lines: [{ key: "revenue", color: BLUE }] },
  { id: "cpc", format: "money", lines: [{ key: "cpc", color: BLUE }] },
  { id: "cpa", format: "money", lines: [{ key: "cpa", color: BLUE }] },
  { id: "roas", format: "ratio", lines: [{ key: "roas", color: BLUE }] },
];

/**
 * The view's time series. Days without a rate (no impressions) are gaps, not zeros. Money metrics
 * show the chart currency only; the KPI tiles and tables list every currency.
 */
export function PerformanceChart({ points, currency, exportHref }: { points: ChartPoint[]; currency: string | null; exportHref: string }) {
  const t = useTranslations("dashboard.performanceChart");
  const locale = useLocale();
  const [selected, setSelected] = useState<string>("clicks");
  const selectId = useId();
  const option = OPTIONS.find((o) => o.id === selected) ?? OPTIONS[0]!;
  const format = chartValueFormatter(locale, option.format, currency);
  const periodLabel = periodKeyFormatter(locale, (values) => t("week", values));
  const noMoney = option.format === "money" && !currency;
  const rows = splitPartialPoints(points, option.lines.map((line) => line.key));
  const partialKeys = points.filter((point) => point.partial).map((point) => point.key);
  const tickLabel = (key: string) => (partialKeys.includes(key) ? t("partialPeriod", { period: periodLabel(key) }) : periodLabel(key));
  return (
    <section aria-labelledby={`${selectId}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h3 id={`${selectId}-heading`} className="font-medium text-slate-900">
          {option.format === "money" && currency ? t("titleWithCurrency", { currency }) : t("title")}
        </h3>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid="export-series">
          {t("exportSeries")}
        </a>
        <label className="text-sm">
          {t("metricLabel")}
          <select id={selectId} value={selected} onChange={(event) => setSelected(event.target.value)} className="ml-2 min-h-9 rounded-md border border-slate-300 bg-white px-2">
            {OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {t(`option.${o.id}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {noMoney ? (
        <p className="text-sm text-slate-600">{t("noSpend")}</p>
      ) : (
        <div className="h-72" data-testid="performance-chart">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="key" tick={{ fontSize: 12 }} minTickGap={24} tickFormatter={tickLabel} />
              <YAxis tickFormatter={format} tick={{ fontSize: 12 }} width={80} />
              <Tooltip formatter={format} labelFormatter={(label) => tickLabel(String(label))} />
              {option.lines.length > 1 ? <Legend /> : null}
              {option.lines.map((line) => (
                <Line key={line.key} type="monotone" dataKey={solidKey(line.key)} name={t(`line.${line.key}`)} stroke={line.color} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
              ))}
              {option.lines.map((line) => (
                <Line
                  key={`${line.key}-partial`}
                  type="monotone"
                  dataKey={partialKey(line.key)}
                  name={t("partialLine", { name: t(`line.${line.key}`) })}
                  stroke={line.color}
                  strokeWidth={2}
                  strokeDasharray="5 4"
                  dot={false}
                  connectNulls={false}
                  isAnimationActive={false}
                  legendType="none"
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {!noMoney && partialKeys.length > 0 ? (
        <p className="mt-2 text-xs text-slate-600" data-testid="partial-periods">
          {t("partialNote", { periods: partialKeys.map(periodLabel).join(", ") })}
        </p>
      ) : null}
    </section>
  );
}
