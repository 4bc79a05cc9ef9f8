import { z } from "zod";
import { approvalAuditDetail } from "@/lib/review/approval-audit";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { expectedVersion, reviewComment, transitionResultSchema } from "@/lib/api/schemas/review-schemas";
import { transitionAsset } from "@/lib/review/transition-asset";

/** The Approve button (review.approve): four eyes, and an override reason below the minimum score or with validation errors. */
export const POST = defineApiRoute({
  name: "api.assets.approve",
  method: "POST",
  path: "/api/v1/assets/{id}/approve",
  tag: "Review",
  summary: "Approve an asset in review",
  description:
    "Four eyes: whoever created the asset or saved its current version cannot approve it (403, whatever their role or token). A version that fails validation or scores below the workspace's minimum needs `overrideReason`.",
  permission: "asset:approve",
  params: assetIdParams,
  input: z.object({ comment: reviewComment.optional(), overrideReason: z.string().trim().max(1_000).optional(), expectedVersion }),
  output: transitionResultSchema.extend({
    compliance: z.object({ score: z.number().nullable(), minimum: z.number().nullable(), belowMinimum: z.boolean() }).nullable(),
  }),
  async handler({ input, params, ctx }) {
    ctx.audit.target("asset", params.id);
    const result = await transitionAsset(ctx.db, { ...input, workspaceId: ctx.membership.workspaceId, assetId: params.id, actorId: ctx.actor.id, role: ctx.membership.role, action: "approve" });
    ctx.audit.detail(approvalAuditDetail(input, result));
    return { ...result, compliance: result.compliance ?? null };
  },
});
