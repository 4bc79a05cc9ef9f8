"use client";

import { useId, useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { partialKey, solidKey, splitPartialPoints, type ChartPoint } from "@/lib/kpi/dashboard/chart-points";

type Format = "count" | "percent" | "money" | "ratio";
type Option = { id: string; label: string; format: Format; lines: { key: keyof ChartPoint; name: string; color: string }[] };

const BLUE = "#1f5fbf";
const OPTIONS: Option[] = [
  { id: "clicks", label: "Clicks", format: "count", lines: [{ key: "clicks", name: "Clicks", color: BLUE }] },
  { id: "impressions", label: "Impressions", format: "count", lines: [{ key: "impressions", name: "Impressions", color: BLUE }] },
  { id: "conversions", label: "Conversions", format: "count", lines: [{ key: "conversions", name: "Conversions", color: BLUE }] },
  {
    id: "ctr",
    label: "CTR: AI-generated vs other ads",
    format: "percent",
    lines: [
      { key: "ctr", name: "All ads", color: "#64748b" },
      { key: "aiCtr", name: "AI-generated", color: BLUE },
      { key: "otherCtr", name: "Other", color: "#d97706" },
    ],
  },
  { id: "cvr", label: "Conversion rate", format: "percent", lines: [{ key: "cvr", name: "Conversion rate", color: BLUE }] },
  { id: "cost", label: "Cost", format: "money", lines: [{ key: "cost", name: "Cost", color: BLUE }] },
  { id: "revenue", label: "Conversion value", format: "money", lines: [{ key: "revenue", name: "Conversion value", color: BLUE }] },
  { id: "cpc", label: "CPC", format: "money", lines: [{ key: "cpc", name: "CPC", color: BLUE }] },
  { id: "cpa", label: "CPA", format: "money", lines: [{ key: "cpa", name: "CPA", color: BLUE }] },
  { id: "roas", label: "ROAS", format: "ratio", lines: [{ key: "roas", name: "ROAS", color: BLUE }] },
];

function formatter(format: Format, currency: string | null) {
  return (value: unknown) => {
    if (typeof value !== "number" || !Number.isFinite(value)) return "—";
    if (format === "percent") return new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 2 }).format(value);
    if (format === "money" && currency) return new Intl.NumberFormat("en", { style: "currency", currency }).format(value);
    if (format === "ratio") return value.toFixed(2);
    return new Intl.NumberFormat("en", { notation: value >= 100_000 ? "compact" : "standard", maximumFractionDigits: 2 }).format(value);
  };
}

/**
 * The view's time series. Days without a rate (no impressions) are gaps, not zeros. Money metrics
 * show the chart currency only; the KPI tiles and tables list every currency.
 */
export function PerformanceChart({ points, currency, exportHref }: { points: ChartPoint[]; currency: string | null; exportHref: string }) {
  const [selected, setSelected] = useState("clicks");
  const selectId = useId();
  const option = OPTIONS.find((o) => o.id === selected) ?? OPTIONS[0]!;
  const format = formatter(option.format, currency);
  const noMoney = option.format === "money" && !currency;
  const rows = splitPartialPoints(points, option.lines.map((line) => line.key));
  const partialKeys = points.filter((point) => point.partial).map((point) => point.key);
  const tickLabel = (key: string) => (partialKeys.includes(key) ? `${key} (partial)` : key);
  return (
    <section aria-labelledby={`${selectId}-heading`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <h3 id={`${selectId}-heading`} className="font-medium text-slate-900">
          Over time{option.format === "money" && currency ? ` (${currency})` : ""}
        </h3>
        <a href={exportHref} download className="text-sm font-medium text-brand-700 underline" data-testid="export-series">
          Export the numbers (CSV)
        </a>
        <label className="text-sm">
          Chart metric
          <select id={selectId} value={selected} onChange={(event) => setSelected(event.target.value)} className="ml-2 min-h-9 rounded-md border border-slate-300 bg-white px-2">
            {OPTIONS.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {noMoney ? (
        <p className="text-sm text-slate-600">No spend in this view.</p>
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
                <Line key={line.key} type="monotone" dataKey={solidKey(line.key)} name={line.name} stroke={line.color} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
              ))}
              {option.lines.map((line) => (
                <Line
                  key={`${line.key}-partial`}
                  type="monotone"
                  dataKey={partialKey(line.key)}
                  name={`${line.name} (partial)`}
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
          Dashed, labelled “partial”: {partialKeys.join(", ")} — periods missing days (cut by the range, or not imported yet), so their totals are not comparable with full ones.
        </p>
      ) : null}
    </section>
  );
}
