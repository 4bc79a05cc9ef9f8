import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { compareVersions } from "@/lib/review/versions";

const versionNumber = z.coerce.number().int().min(1);

/** The asset page's comparison (assets.compare_versions): field by field, word level. */
export const GET = defineApiRoute({
  name: "api.assets.diff",
  method: "GET",
  path: "/api/v1/assets/{id}/diff",
  tag: "Assets",
  summary: "Compare two versions of an asset",
  description: "Only the text fields that differ, in the newer version's order; `parts` marks each word run as `same`, `added` or `removed`.",
  permission: "asset:read",
  params: assetIdParams,
  input: z.object({ from: versionNumber.describe("The older version."), to: versionNumber.describe("The newer version.") }),
  output: z.object({
    from: z.number().int(),
    to: z.number().int(),
    diffs: z.array(
      z.object({
        path: z.string().describe("The field, e.g. headlines[2].text."),
        label: z.string(),
        before: z.string(),
        after: z.string(),
        parts: z.array(z.object({ value: z.string(), change: z.enum(["added", "removed", "same"]) })),
      }),
    ),
  }),
  async handler({ input, params, ctx }) {
    ctx.audit.target("asset", params.id);
    const diffs = await compareVersions(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id, from: input.from, to: input.to });
    return { from: input.from, to: input.to, diffs };
  },
});
