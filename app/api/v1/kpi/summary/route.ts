import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { summedTotalsSchema, toSummedTotals } from "@/lib/api/schemas/kpi-schemas";
import { kpiRangeSchema, kpiViewMetaSchema, kpiViewQuerySchema, resolveKpiView } from "@/lib/api/schemas/kpi-view";
import { getPerformanceSummary } from "@/lib/kpi/queries/summary";

/** The dashboard's summary tiles (getPerformanceSummary): the view's totals and the period before, split by AI-generated ads. */
export const GET = defineApiRoute({
  name: "api.kpi.summary",
  method: "GET",
  path: "/api/v1/kpi/summary",
  tag: "KPI",
  summary: "KPI totals for a date range",
  description: "Totals of imported campaign data for the range (default: the 28 days up to the newest imported day) and for the equally long period before it; `ai` are ads made from a Brandpilot asset, `other` the rest.",
  permission: "kpi:read",
  input: kpiViewQuerySchema,
  output: kpiViewMetaSchema.extend({
    current: z.object({ all: summedTotalsSchema, ai: summedTotalsSchema, other: summedTotalsSchema }),
    previous: z.object({ range: kpiRangeSchema, all: summedTotalsSchema }),
    previousCoverage: z.object({ daysWithData: z.number().int(), days: z.number().int() }).describe("Days of the previous period with data: a sparse one makes comparisons meaningless."),
  }),
  async handler({ input, ctx }) {
    const view = await resolveKpiView(ctx.db, { workspaceId: ctx.membership.workspaceId, query: input });
    const summary = await getPerformanceSummary(ctx.db, view.scope);
    ctx.audit.detail({ range: view.range });
    return {
      range: view.range,
      latestDataDate: view.latestDataDate,
      adjusted: view.adjusted,
      current: { all: toSummedTotals(summary.current.all), ai: toSummedTotals(summary.current.ai), other: toSummedTotals(summary.current.other) },
      previous: { range: summary.previous.range, all: toSummedTotals(summary.previous.all) },
      previousCoverage: summary.previousCoverage,
    };
  },
});
