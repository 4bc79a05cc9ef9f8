import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { summedTotalsSchema, toSummedTotals } from "@/lib/api/schemas/kpi-schemas";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import { loadCampaignOverview } from "@/lib/campaigns/campaign-overview";

/**
 * The campaign page (loadCampaignOverview): the campaign, its offers, its assets and, for callers
 * with kpi:read, its KPIs. Decided on this call's permissions (role ∩ token scopes), not the role
 * alone: a manager's token narrowed to campaign:read gets no money figures.
 */
export const GET = defineApiRoute({
  name: "api.campaigns.get",
  method: "GET",
  path: "/api/v1/campaigns/{id}",
  tag: "Campaigns",
  summary: "Get a campaign with its assets and KPIs",
  permission: "campaign:read",
  params: z.object({ id: z.string().min(1).max(64) }),
  input: z.object({}),
  output: z.object({
    id: z.string(),
    name: z.string(),
    code: z.string(),
    state: z.enum(["planned", "running", "ended"]),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    goal: z.string(),
    channels: z.array(z.string()),
    languages: z.array(z.string()),
    landingPages: z.array(z.object({ url: z.string(), label: z.string() })),
    budgetMinor: z.number().nullable(),
    currency: z.string(),
    persona: z.object({ id: z.string(), name: z.string() }).nullable(),
    owner: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
    utmPrefix: z.string().describe("The start every utm_campaign of the campaign shares; empty when the convention gives none."),
    archivedAt: z.iso.datetime().nullable(),
    offers: z.array(z.object({ id: z.string(), code: z.string(), value: z.string(), conditions: z.string(), validUntil: z.iso.date(), eligibleProductIds: z.array(z.string()), eligibleCategories: z.array(z.string()) })),
    assets: z
      .object({
        rows: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            kind: z.string(),
            state: z.enum(ASSET_STATES),
            language: z.string(),
            updatedAt: z.iso.datetime(),
            utmLink: z.string().nullable(),
            utmCampaign: z.string().nullable(),
          }),
        ),
        truncated: z.boolean().describe("More assets than listed: page through GET /api/v1/assets?campaign=…"),
      })
      .nullable()
      .describe("Null when the token may not read assets (asset:read)."),
    kpis: z
      .object({
        rows: z.number().int().describe("Imported ad-day rows matched by the campaign's UTM values."),
        firstDate: z.iso.date().nullable(),
        lastDate: z.iso.date().nullable(),
        totals: summedTotalsSchema,
      })
      .nullable()
      .describe("Null without kpi:read (cost and revenue are for managers and admins)."),
  }),
  async handler({ params, ctx }) {
    const overview = await loadCampaignOverview(ctx.db, { workspaceId: ctx.membership.workspaceId, campaignId: params.id, role: ctx.membership.role });
    const { campaign } = overview;
    ctx.audit.target("campaign", campaign.id);
    const kpis = ctx.permissions.has("kpi:read") ? overview.kpis : null;
    return {
      ...campaign,
      state: overview.state,
      persona: campaign.persona ? { id: campaign.persona.id, name: campaign.persona.name } : null,
      utmPrefix: overview.utmPrefix,
      archivedAt: campaign.archivedAt?.toISOString() ?? null,
      assets: ctx.permissions.has("asset:read")
        ? { rows: overview.assets.rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })), truncated: overview.assets.truncated }
        : null,
      kpis: kpis ? { rows: kpis.rows, firstDate: kpis.firstDate, lastDate: kpis.lastDate, totals: toSummedTotals(kpis.totals) } : null,
    };
  },
});
