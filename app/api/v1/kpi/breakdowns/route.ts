import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { toTotals, totalsSchema } from "@/lib/api/schemas/kpi-schemas";
import { kpiViewMetaSchema, kpiViewQuerySchema, resolveKpiView } from "@/lib/api/schemas/kpi-view";
import { getAssetPerformance } from "@/lib/kpi/queries/assets";
import { getBreakdown } from "@/lib/kpi/queries/breakdowns";

/** The dashboard's breakdown tables: by ad platform (`channel`), by campaign, or by Brandpilot asset. */
export const GET = defineApiRoute({
  name: "api.kpi.breakdowns",
  method: "GET",
  path: "/api/v1/kpi/breakdowns",
  tag: "KPI",
  summary: "KPI breakdown by channel, campaign or asset",
  description: "One row per group and currency (money is never added across currencies): by channel and campaign largest spend first, by asset most impressions first.",
  permission: "kpi:read",
  input: kpiViewQuerySchema.extend({ by: z.enum(["channel", "campaign", "asset"]).describe("The dimension to group by.") }),
  output: kpiViewMetaSchema.extend({
    by: z.enum(["channel", "campaign", "asset"]),
    rows: z.array(
      z.object({
        channel: z.string().nullable().describe("The ad platform (by channel and by campaign)."),
        campaign: z.string().nullable().describe("The utm_campaign / campaign name (by campaign)."),
        asset: z.object({ id: z.string(), title: z.string().nullable(), kind: z.string().nullable(), state: z.string().nullable() }).nullable().describe("By asset; title and kind are null for a deleted asset."),
        totals: totalsSchema,
      }),
    ),
  }),
  async handler({ input, ctx }) {
    const view = await resolveKpiView(ctx.db, { workspaceId: ctx.membership.workspaceId, query: input });
    const meta = { range: view.range, latestDataDate: view.latestDataDate, adjusted: view.adjusted, by: input.by };
    ctx.audit.detail({ range: view.range, by: input.by });
    if (input.by === "asset") {
      const rows = await getAssetPerformance(ctx.db, view.scope);
      return { ...meta, rows: rows.map((row) => ({ channel: null, campaign: null, asset: { id: row.assetId, title: row.title, kind: row.kind, state: row.state }, totals: toTotals(row.totals) })) };
    }
    const rows = await getBreakdown(ctx.db, { ...view.scope, by: input.by === "channel" ? "platform" : "campaign" });
    return { ...meta, rows: rows.map((row) => ({ channel: row.platform, campaign: input.by === "campaign" ? row.campaign : null, asset: null, totals: toTotals(row.totals) })) };
  },
});
