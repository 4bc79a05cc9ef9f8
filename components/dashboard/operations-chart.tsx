"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CopilotPoint } from "@/lib/kpi/queries/copilot";

/** Assets briefed and approved per period (bars) and model spend (line, right axis). */
export function OperationsChart({ points }: { points: CopilotPoint[] }) {
  return (
    <figure className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 font-medium text-slate-900">Assets and model spend over time</figcaption>
      <div className="h-64" data-testid="operations-chart">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="key" tick={{ fontSize: 12 }} minTickGap={24} />
            <YAxis yAxisId="count" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="usd" orientation="right" tick={{ fontSize: 12 }} tickFormatter={(v: number) => `$${v.toFixed(2)}`} />
            <Tooltip />
            <Legend />
            <Bar yAxisId="count" dataKey="generated" name="Assets briefed" fill="#94a3b8" isAnimationActive={false} />
            <Bar yAxisId="count" dataKey="approved" name="Assets approved" fill="#1f5fbf" isAnimationActive={false} />
            <Line yAxisId="usd" dataKey="costUsd" name="Model spend (USD)" stroke="#d97706" dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
