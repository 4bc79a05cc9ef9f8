import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { cursorIdSchema, decodeCursor, pageQuerySchema, pageSchema, toPage } from "@/lib/api/pagination";
import { queryBoolean } from "@/lib/api/query-params";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import { AppError } from "@/lib/errors";
import { listCampaigns } from "@/lib/campaigns/campaigns";

const cursorSchema = z.object({ id: cursorIdSchema });

/**
 * The Campaigns page's list (listCampaigns: newest start first, at most MAX_LISTED_CAMPAIGNS).
 * The whole list is bounded, so a page continues after the cursor's campaign within it.
 */
export const GET = defineApiRoute({
  name: "api.campaigns.list",
  method: "GET",
  path: "/api/v1/campaigns",
  tag: "Campaigns",
  summary: "List campaigns",
  description: "Newest start date first. Archived campaigns only with `archived=true` (then only they).",
  permission: "campaign:read",
  input: pageQuerySchema.extend({ archived: queryBoolean(false) }),
  output: pageSchema(
    z.object({
      id: z.string(),
      name: z.string(),
      code: z.string().describe("The campaign's part of UTM values."),
      startsOn: z.iso.date(),
      endsOn: z.iso.date(),
      channels: z.array(z.string()).describe("Asset kinds the campaign runs on."),
      archivedAt: z.iso.datetime().nullable(),
      assetCount: z.number().int(),
      assetsByState: z.partialRecord(z.enum(ASSET_STATES), z.number().int()),
    }),
  ),
  async handler({ input, ctx }) {
    const rows = await listCampaigns(ctx.db, { workspaceId: ctx.membership.workspaceId, archived: input.archived });
    let start = 0;
    if (input.cursor !== undefined) {
      const after = decodeCursor(input.cursor, cursorSchema);
      const index = after ? rows.findIndex((row) => row.id === after.id) : -1;
      if (index < 0) throw new AppError("invalid_input", { key: "api.cursorNotOneList2" });
      start = index + 1;
    }
    return toPage(rows.slice(start, start + input.limit + 1), {
      limit: input.limit,
      keyOf: (row) => ({ id: row.id }),
      map: (row) => ({ ...row, archivedAt: row.archivedAt?.toISOString() ?? null }),
    });
  },
});
