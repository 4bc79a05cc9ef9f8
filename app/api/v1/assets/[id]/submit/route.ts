import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { assetIdParams } from "@/lib/api/schemas/asset-schemas";
import { submitForReview } from "@/lib/assets/drafts/submit-for-review";

/** The Submit button (assets.submit_for_review): a marketer submits their own drafts, below the minimum score nothing goes in. */
export const POST = defineApiRoute({
  name: "api.assets.submit",
  method: "POST",
  path: "/api/v1/assets/{id}/submit",
  tag: "Review",
  summary: "Submit an asset for review",
  description: "From draft or changes requested into the review queue. Refused (409) when the current version scores below the workspace's minimum to submit, naming the failing rules.",
  permission: "asset:submit",
  params: assetIdParams,
  input: z.object({}),
  output: z.object({ state: z.literal("in_review"), version: z.number().int(), complianceScore: z.number().int().nullable() }),
  async handler({ params, ctx }) {
    ctx.audit.target("asset", params.id);
    const result = await submitForReview(ctx.db, { workspaceId: ctx.membership.workspaceId, assetId: params.id, userId: ctx.actor.id, role: ctx.membership.role });
    ctx.audit.detail({ version: result.version, complianceScore: result.complianceScore });
    return result;
  },
});
