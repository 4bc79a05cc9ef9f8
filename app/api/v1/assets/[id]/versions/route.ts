import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { AppError } from "@/lib/errors";
import { listVersions } from "@/lib/review/versions";

/** The versions panel of the asset page: every version, newest first, with who saved it and how it validates. */
export const GET = defineApiRoute({
  name: "api.assets.versions",
  method: "GET",
  path: "/api/v1/assets/{id}/versions",
  tag: "Assets",
  summary: "List an asset's versions",
  permission: "asset:read",
  params: assetIdParams,
  input: z.object({}),
  output: z.object({
    versions: z.array(
      z.object({
        version: z.number().int(),
        createdAt: z.iso.datetime(),
        author: z.string(),
        isGenerated: z.boolean().describe("Written by a model (else saved by a member's edit)."),
        isValid: z.boolean(),
        errors: z.number().int(),
        warnings: z.number().int(),
      }),
    ),
  }),
  async handler({ params, ctx }) {
    const versions = await listVersions(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id });
    // Every asset has a first version: none means no such asset in this workspace.
    if (versions.length === 0) throw new AppError("not_found", { key: "api.assetDoesNotExist" });
    ctx.audit.target("asset", params.id);
    return { versions: versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })) };
  },
});
