import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { checkGenerateRequest, generateRequestShape } from "@/lib/assets/generate/generate-request";
import { streamAssetGeneration } from "@/lib/assets/generate/stream-generation";
import { resolveCampaignBrief } from "@/lib/campaigns/resolve-campaign-brief";

/**
 * Generates the brief's assets and streams them back as NDJSON (partial objects, then each saved
 * draft with its validation). A POST route, not a server action, because it streams.
 */
export const POST = defineRouteHandler({
  name: "assets.generate",
  permission: "asset:generate",
  method: "POST",
  input: workspaceScopedInput
    .extend({
      ...generateRequestShape,
      /** A retried request with the same id returns the drafts it already made. */
      requestId: z.uuid().optional(),
    })
    .superRefine(checkGenerateRequest),
  async handler({ input, ctx, request }) {
    // A campaign brief that cannot hold (an unknown or ended offer code, a language the campaign
    // does not run in) is refused as a whole, with the reason, before anything streams.
    await resolveCampaignBrief(ctx.db, { workspaceId: input.workspaceId, brief: input.brief });
    const stream = streamAssetGeneration(ctx.db, {
      workspaceId: input.workspaceId,
      userId: ctx.actor.id,
      actorLabel: ctx.actor.email,
      role: ctx.membership.role,
      brief: input.brief,
      requestId: input.requestId ?? null,
      variant: input.variant,
      // A client that goes away is not a provider failure (the call is recorded `aborted`).
      abortSignal: request.signal,
    });
    return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
  },
});
