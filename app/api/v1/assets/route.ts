import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { cursorIdSchema, cursorTimestampSchema, decodeCursor, pageQuerySchema, pageSchema, toPage } from "@/lib/api/pagination";
import { assetSummarySchema, toAssetSummary } from "@/lib/api/schemas/asset-schemas";
import { AppError } from "@/lib/errors";
import { ASSET_KINDS } from "@/lib/assets/schemas/asset-kind";
import { ASSET_STATES } from "@/lib/db/schema/assets";
import { queryBoolean } from "@/lib/api/query-params";
import { listAssetsAfter } from "@/lib/review/queries";

const cursorSchema = z.object({ updatedAt: cursorTimestampSchema, id: cursorIdSchema });

/** The asset library (the Assets page's list and filters), most recently changed first. */
export const GET = defineApiRoute({
  name: "api.assets.list",
  method: "GET",
  path: "/api/v1/assets",
  tag: "Assets",
  summary: "List assets",
  description: "Most recently changed first. Archived drafts are left out unless `archived=true` (then only they are listed).",
  permission: "asset:read",
  input: pageQuerySchema.extend({
    kind: z.enum(ASSET_KINDS).optional(),
    state: z.enum(ASSET_STATES).optional(),
    campaign: z.string().min(1).max(64).optional().describe("A campaign's id: only the assets briefed in it."),
    q: z.string().trim().max(200).optional().describe("Search in titles, product names and authors."),
    archived: queryBoolean(false),
  }),
  output: pageSchema(assetSummarySchema),
  async handler({ input, ctx }) {
    const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor, cursorSchema);
    if (after === null) throw new AppError("invalid_input", { key: "api.cursorNotOneList" });
    const rows = await listAssetsAfter(ctx.db, {
      workspaceId: ctx.membership.workspaceId,
      kind: input.kind,
      state: input.state,
      campaignId: input.campaign,
      search: input.q,
      archived: input.archived,
      after,
      limit: input.limit + 1,
    });
    return toPage(rows, { limit: input.limit, keyOf: (row) => ({ updatedAt: row.updatedAtKey, id: row.id }), map: (row) => toAssetSummary(row) });
  },
});
