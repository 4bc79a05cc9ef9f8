import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { EXPORT_FORMATS, exportAsset } from "@/lib/assets/export/export-asset";

/** Downloads an asset as JSON, an HTML head snippet, a Google Ads Editor CSV, a Meta bulk CSV, an e-mail's HTML or text part, an article as HTML or Markdown, a post's text, a Merchant Center feed row (TSV), or its citations as CSV. */
export const GET = defineRouteHandler({
  name: "assets.export",
  permission: "asset:read",
  input: workspaceScopedInput.extend({
    assetId: z.string().min(1).max(64),
    format: z.enum(EXPORT_FORMATS),
    version: z.coerce.number().int().min(1).optional(),
  }),
  async handler({ input, ctx }) {
    const file = await exportAsset(ctx.db, input);
    return new Response(file.body, {
      headers: { "content-type": file.contentType, "content-disposition": `attachment; filename="${file.fileName}"`, "cache-control": "no-store" },
    });
  },
});
