import { createHash } from "node:crypto";
import { z } from "zod";
import { defineStreamingApiRoute } from "@/lib/api/define-streaming-api-route";
import type { StreamEvent } from "@/lib/api/event-stream";
import { MODEL_API_RATE_LIMIT } from "@/lib/api/rate-limit";
import { checkGenerateRequest, generateRequestShape } from "@/lib/assets/generate/generate-request";
import { runAssetGeneration } from "@/lib/assets/generate/stream-generation";
import { GenerationEventSchema, type GenerationEventInput } from "@/lib/assets/generate/stream-events";
import { resolveCampaignBrief } from "@/lib/campaigns/resolve-campaign-brief";

// The Generate page's stream events; the page's final `done` is replaced by the API's, which carries the result.
const [startEvent, partialEvent, resultEvent, errorEvent] = GenerationEventSchema.options;
type ResultEvent = Extract<GenerationEventInput, { type: "result" }>;
type ErrorEvent = Extract<GenerationEventInput, { type: "error" }>;

const draftSchema = resultEvent.omit({ type: true });

/**
 * The Generate page's generation (runAssetGeneration, the same pipeline, rules and saved drafts)
 * for scripts and CMSs, streamed as NDJSON or SSE, or answered as JSON when it has finished.
 */
export const POST = defineStreamingApiRoute({
  name: "api.assets.generate",
  method: "POST",
  path: "/api/v1/assets/generate",
  tag: "Assets",
  summary: "Generate assets from a brief",
  description:
    "One draft per asset kind of the brief, saved as the token's member (a service token: its owner) and audited. Progress streams with `Accept: application/x-ndjson` or `text/event-stream`: `start`, `partial` (the object so far), then `result` (the saved draft) or `error` per kind, and a final `done` with every draft. One kind failing does not stop the others. Send an `Idempotency-Key`: a retry after a dropped connection reuses the drafts already saved, and a finished call is replayed as JSON. Its own budget: 20 calls per minute per token.",
  permission: "asset:generate",
  rateLimit: MODEL_API_RATE_LIMIT,
  input: z.object(generateRequestShape).superRefine(checkGenerateRequest),
  event: z.discriminatedUnion("type", [startEvent, partialEvent, resultEvent, errorEvent]),
  output: z.object({
    drafts: z.array(draftSchema).describe("The saved drafts, in the brief's order of asset kinds."),
    errors: z.array(errorEvent.omit({ type: true })).describe("Asset kinds that could not be generated, with the reason."),
  }),
  async prepare({ input, ctx }) {
    // A campaign brief that cannot hold (an unknown or ended offer code, a language the campaign
    // does not run in) is refused as a whole, with the reason, before anything streams.
    await resolveCampaignBrief(ctx.db, { workspaceId: ctx.membership.workspaceId, brief: input.brief });
  },
  async run({ input, ctx, emit, signal, idempotencyKey }) {
    const drafts: Omit<ResultEvent, "type">[] = [];
    const errors: Omit<ErrorEvent, "type">[] = [];
    await runAssetGeneration(
      ctx.db,
      {
        workspaceId: ctx.membership.workspaceId,
        userId: ctx.actor.id,
        actorLabel: ctx.actorLabel,
        role: ctx.membership.role,
        brief: input.brief,
        // Keyed per token and Idempotency-Key, so a retry reuses saved drafts and keys of two tokens never meet.
        requestId: idempotencyKey === null ? null : `api:${createHash("sha256").update(`${ctx.token.id}\n${idempotencyKey}`).digest("base64url")}`,
        variant: input.variant,
        abortSignal: signal,
      },
      (event) => {
        if (event.type === "done") return;
        if (event.type === "result") drafts.push(withoutType(event));
        if (event.type === "error") errors.push(withoutType(event));
        emit(event as StreamEvent);
      },
    );
    ctx.audit.detail({ kinds: input.brief.assetKinds, drafts: drafts.map((draft) => draft.assetId), errors: errors.map((error) => `${error.kind}: ${error.error.code}`) });
    return { drafts, errors };
  },
});

function withoutType<T extends { type: string }>(event: T): Omit<T, "type"> {
  const { type: _type, ...rest } = event;
  return rest;
}
