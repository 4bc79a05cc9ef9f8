"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BreakdownBar = { label: string; clicks: number; ctr: number | null };

/** Clicks per ad platform or campaign (top entries), with CTR in the tooltip. Counts add across currencies. */
export function BreakdownChart({ bars, title }: { bars: BreakdownBar[]; title: string }) {
  if (bars.length === 0) return null;
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium text-slate-900">{title}</figcaption>
      <div style={{ height: Math.max(120, bars.length * 32 + 40) }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" horizontal={false} />
            <XAxis type="number" tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={160} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value: unknown, _name: unknown, item: { payload?: BreakdownBar }) => [
                `${new Intl.NumberFormat("en").format(Number(value))} clicks${item.payload?.ctr != null ? `, CTR ${new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 2 }).format(item.payload.ctr)}` : ""}`,
                "Clicks",
              ]}
            />
            <Bar dataKey="clicks" fill="#1f5fbf" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
