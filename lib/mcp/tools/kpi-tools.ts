import "server-only";
import { z } from "zod";
import { dashboardFiltersSchema, ORIGINS } from "@/lib/kpi/dashboard/filters";
import { resolveView } from "@/lib/kpi/dashboard/resolve-view";
import { getPerformanceSummary } from "@/lib/kpi/queries/summary";
import type { SummedTotals } from "@/lib/kpi/metrics/sum-totals";
import { defineMcpTool } from "../define-tool";

const totalsSchema = z.object({
  currency: z.string(),
  impressions: z.number(),
  clicks: z.number(),
  conversions: z.number(),
  costMinor: z.number().describe("Cost in minor units (cents) of `currency`."),
  revenueMinor: z.number(),
});
const summedSchema = z.object({
  counts: z.object({ impressions: z.number(), clicks: z.number(), conversions: z.number() }),
  byCurrency: z.array(totalsSchema).describe("Money is never added across currencies: one entry per currency."),
  mixedCurrency: z.boolean(),
});
const periodSchema = z.object({ from: z.string(), to: z.string(), all: summedSchema, ai: summedSchema.describe("Ads made from a Brandpilot asset."), other: summedSchema });

const summed = ({ counts, byCurrency, mixedCurrency }: SummedTotals) => ({ counts, byCurrency, mixedCurrency });
const ctr = (totals: SummedTotals) => (totals.counts.impressions > 0 ? `${((totals.counts.clicks / totals.counts.impressions) * 100).toFixed(2)} %` : "n/a");

/** The dashboard's performance tiles (the same resolveView + getPerformanceSummary as the page and GET /api/v1/kpi/summary). */
export const kpiSummaryTool = defineMcpTool({
  name: "kpi_summary",
  title: "Campaign performance summary",
  description:
    "Impressions, clicks, conversions, cost and revenue of the imported ad reports for a date range (default: the 28 days up to the newest data) and the period before it, split into ads made with Brandpilot and others.",
  input: z.object({
    from: dashboardFiltersSchema.shape.from.describe("First day, yyyy-mm-dd."),
    to: dashboardFiltersSchema.shape.to.describe("Last day, yyyy-mm-dd."),
    platform: z.string().trim().min(1).max(64).optional().describe("Only this ad platform, e.g. google_ads."),
    campaign: z.string().trim().min(1).max(300).optional(),
    origin: z.enum(ORIGINS).default("all"),
  }),
  output: z.object({
    latestDataDate: z.string().nullable().describe("Newest day with data; null when nothing was imported yet."),
    adjusted: z.string().nullable().describe("Set when the requested range was changed (swapped or clamped)."),
    current: periodSchema,
    previous: periodSchema,
    previousDaysWithData: z.number().int(),
  }),
  async handler({ input, ctx }) {
    const filters = dashboardFiltersSchema.parse({ from: input.from, to: input.to, channel: input.platform, campaign: input.campaign, origin: input.origin });
    const view = await resolveView(ctx.db, { workspaceId: ctx.membership.workspaceId, filters });
    const summary = await getPerformanceSummary(ctx.db, view.scope);
    const period = (p: typeof summary.current) => ({ ...p.range, all: summed(p.all), ai: summed(p.ai), other: summed(p.other) });
    const { current } = summary;
    const text =
      view.latestDataDate === null
        ? "No ad reports were imported yet."
        : `${current.range.from} to ${current.range.to}: ${current.all.counts.impressions} impressions, ${current.all.counts.clicks} clicks (CTR ${ctr(current.all)}), ${current.all.counts.conversions} conversions.${view.adjusted ? ` ${view.adjusted}` : ""}`;
    return {
      data: {
        latestDataDate: view.latestDataDate,
        adjusted: view.adjusted,
        current: period(summary.current),
        previous: period(summary.previous),
        previousDaysWithData: summary.previousCoverage.daysWithData,
      },
      text,
    };
  },
});
