"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CopilotPoint } from "@/lib/kpi/queries/copilot";
import { chartValueFormatter, periodKeyFormatter } from "./chart-format";

/** Assets briefed and approved per period (bars) and model spend (line, right axis). */
export function OperationsChart({ points }: { points: CopilotPoint[] }) {
  const t = useTranslations("dashboard.operationsChart");
  const locale = useLocale();
  const usd = chartValueFormatter(locale, "money", "USD");
  const count = chartValueFormatter(locale, "count", null);
  const periodLabel = periodKeyFormatter(locale, (values) => t("week", values));
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium text-slate-900">{t("title")}</figcaption>
      <div className="h-64" data-testid="operations-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="key" tick={{ fontSize: 12 }} minTickGap={24} tickFormatter={periodLabel} />
            <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12 }} tickFormatter={count} />
            <YAxis yAxisId="usd" orientation="right" tick={{ fontSize: 12 }} tickFormatter={usd} />
            <Tooltip
              labelFormatter={(label) => periodLabel(String(label))}
              formatter={(value: unknown, _name: unknown, item: { dataKey?: unknown }) => (item.dataKey === "costUsd" ? usd(value) : count(value))}
            />
            <Legend />
            <Bar yAxisId="count" dataKey="generated" name={t("briefed")} fill="#94a3b8" isAnimationActive={false} />
            <Bar yAxisId="count" dataKey="approved" name={t("approved")} fill="#1f5fbf" isAnimationActive={false} />
            <Line yAxisId="usd" dataKey="costUsd" name={t("modelSpend")} stroke="#d97706" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
