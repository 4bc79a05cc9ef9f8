import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams, assetSummarySchema, assetVersionSchema, toAssetSummary } from "@/lib/api/schemas/asset-schemas";
import { getAssetDetail } from "@/lib/review/queries";

/** What the asset page shows: the asset, one version (the current one by default) and the review history. */
export const GET = defineApiRoute({
  name: "api.assets.get",
  method: "GET",
  path: "/api/v1/assets/{id}",
  tag: "Assets",
  summary: "Get an asset with a version's content",
  permission: "asset:read",
  params: assetIdParams,
  input: z.object({ version: z.coerce.number().int().min(1).optional().describe("A version number; default: the current version.") }),
  output: assetSummarySchema.extend({
    validationOverrideReason: z.string().nullable().describe("Why an editor approved despite failing validation or score."),
    approvedAt: z.iso.datetime().nullable(),
    publishedAt: z.iso.datetime().nullable(),
    archivedAt: z.iso.datetime().nullable(),
    version: assetVersionSchema,
    history: z.array(
      z.object({
        action: z.string(),
        fromState: z.string().nullable(),
        toState: z.string(),
        version: z.number().int(),
        comment: z.string().nullable(),
        actor: z.string().nullable(),
        createdAt: z.iso.datetime(),
      }),
    ),
  }),
  async handler({ input, params, ctx }) {
    const detail = await getAssetDetail(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id, version: input.version });
    const { asset, version } = detail;
    ctx.audit.target("asset", asset.id);
    return {
      ...toAssetSummary(asset),
      validationOverrideReason: asset.validationOverrideReason,
      approvedAt: asset.approvedAt?.toISOString() ?? null,
      publishedAt: asset.publishedAt?.toISOString() ?? null,
      archivedAt: asset.archivedAt?.toISOString() ?? null,
      version: {
        number: version.number,
        content: version.content as Record<string, unknown>,
        validation: version.validation,
        compliance: version.compliance,
        omissions: version.omissions,
        createdAt: version.createdAt.toISOString(),
      },
      history: detail.transitions.map((t) => ({
        action: t.action,
        fromState: t.fromState,
        toState: t.toState,
        version: t.version,
        comment: t.comment,
        actor: t.actorName,
        createdAt: t.createdAt.toISOString(),
      })),
    };
  },
});
