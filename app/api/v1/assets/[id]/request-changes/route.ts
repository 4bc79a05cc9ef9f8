import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { expectedVersion, reviewComment, transitionResultSchema } from "@/lib/api/schemas/review-schemas";
import { transitionAsset } from "@/lib/review/transition-asset";
import { z } from "zod";

/** The Request changes button (review.request_changes): four eyes, and the comment says what should change. */
export const POST = defineApiRoute({
  name: "api.assets.request_changes",
  method: "POST",
  path: "/api/v1/assets/{id}/request-changes",
  tag: "Review",
  summary: "Send an asset in review back for changes",
  permission: "asset:review",
  params: assetIdParams,
  input: z.object({ comment: reviewComment.min(1, "Say what should change"), expectedVersion }),
  output: transitionResultSchema,
  async handler({ input, params, ctx }) {
    ctx.audit.target("asset", params.id);
    const result = await transitionAsset(ctx.db, { ...input, workspaceId: ctx.membership.workspaceId, assetId: params.id, actorId: ctx.actor.id, role: ctx.membership.role, action: "request_changes" });
    ctx.audit.detail({ version: result.version, comment: input.comment });
    return result;
  },
});
