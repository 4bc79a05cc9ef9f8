import { z } from "zod";
import { defineFileApiRoute } from "@/lib/api/define-file-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { EXPORT_FORMATS, exportAsset } from "@/lib/assets/export/export-asset";

/**
 * The asset page's downloads (exportAsset, every format it offers). A format that does not fit the
 * asset's kind answers 400 saying which kinds it is for.
 */
export const GET = defineFileApiRoute({
  name: "api.assets.export",
  method: "GET",
  path: "/api/v1/assets/{id}/export",
  tag: "Assets",
  summary: "Export an asset as a file",
  description:
    "Formats: `json` (the asset with its citations), `citations-csv`, `html-head` (SEO page head snippet), `google-ads-csv` (Google Ads Editor, responsive search ads), `meta-csv` (Meta bulk upload), `email-html` and `email-text` (the two parts of an e-mail), `article-html` and `article-markdown`, `post-text` (LinkedIn, Instagram and X posts), `merchant-tsv` (a Merchant Center supplemental feed row). Exports use the published version once there is one, else the current one, unless `version` is given.",
  permission: "asset:read",
  params: assetIdParams,
  input: z.object({
    format: z.enum(EXPORT_FORMATS),
    version: z.coerce.number().int().min(1).optional().describe("A version number; default: the published version, else the current one."),
  }),
  contentTypes: ["application/json", "text/csv", "text/html", "text/plain", "text/markdown", "text/tab-separated-values"],
  async handler({ input, params, ctx }) {
    ctx.audit.target("asset", params.id);
    ctx.audit.detail({ format: input.format, version: input.version ?? null });
    return exportAsset(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id, format: input.format, version: input.version });
  },
});
