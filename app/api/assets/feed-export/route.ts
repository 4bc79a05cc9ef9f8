import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { ASSET_LANGUAGES } from "@/lib/assets/schemas/language";
import { exportSupplementalFeed, FEED_EXPORT_SCOPES } from "@/lib/assets/export/supplemental-feed";

/** Downloads the workspace's product feed copy as a Google Merchant Center supplemental feed (TSV), one row per product. */
export const GET = defineRouteHandler({
  name: "assets.export_feed",
  permission: "asset:read",
  input: workspaceScopedInput.extend({
    language: z.enum(ASSET_LANGUAGES, { error: 'The language is "de" or "en".' }).optional(),
    scope: z.enum(FEED_EXPORT_SCOPES, { error: 'The scope is "approved" (the default) or "all".' }).default("approved"),
  }),
  async handler({ input, ctx }) {
    const file = await exportSupplementalFeed(ctx.db, { workspaceId: input.workspaceId, language: input.language, scope: input.scope });
    return new Response(file.body, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" },
    });
  },
});
