"use client";

import { useLocale, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartValueFormatter } from "./chart-format";

export type BreakdownBar = { label: string; clicks: number; ctr: number | null };

/** Clicks per ad platform or campaign (top entries), with CTR in the tooltip. Counts add across currencies. */
export function BreakdownChart({ bars, title }: { bars: BreakdownBar[]; title: string }) {
  const t = useTranslations("dashboard.breakdownChart");
  const locale = useLocale();
  const count = chartValueFormatter(locale, "count", null);
  const percent = chartValueFormatter(locale, "percent", null);
  if (bars.length === 0) return null;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium text-slate-900">{title}</figcaption>
      <div style={{ height: Math.max(120, bars.length * 32 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 12 }} tickFormatter={count} />
            <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value: unknown, _name: unknown, item: { payload?: BreakdownBar }) => [
                item.payload?.ctr != null
                  ? t("tooltipWithCtr", { clicks: Number(value), ctr: percent(item.payload.ctr) })
                  : t("tooltip", { clicks: Number(value) }),
                t("clicks"),
              ]}
            />
            <Bar dataKey="clicks" fill="#1f5fbf" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
