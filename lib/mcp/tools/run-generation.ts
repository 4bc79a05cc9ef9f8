import "server-only";
import type { ApiContext } from "@/lib/api/define-api-route";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { GenerationEventSchema, type GenerationEvent } from "@/lib/assets/generate/stream-events";
import { streamAssetGeneration } from "@/lib/assets/generate/stream-generation";
import { resolveCampaignBrief } from "@/lib/campaigns/resolve-campaign-brief";

type ResultEvent = Extract<GenerationEvent, { type: "result" }>;
type ErrorEvent = Extract<GenerationEvent, { type: "error" }>;

/**
 * Runs the Generate page's pipeline (streamAssetGeneration: the same drafts, idempotency by
 * request id, model routing and budget) and reads its NDJSON through the one event contract,
 * keeping the saved results and the per-kind errors. Partial objects are dropped: an MCP tool
 * answers once.
 */
export async function runGeneration(ctx: ApiContext, options: { brief: BriefInput; requestId: string | null; signal: AbortSignal }) {
  const workspaceId = ctx.membership.workspaceId;
  // A campaign brief that cannot hold is refused as a whole, with the reason, before any model call (as the route does).
  await resolveCampaignBrief(ctx.db, { workspaceId, brief: options.brief });
  const stream = streamAssetGeneration(ctx.db, {
    workspaceId,
    userId: ctx.actor.id,
    actorLabel: ctx.actor.email,
    role: ctx.membership.role,
    brief: options.brief,
    requestId: options.requestId,
    abortSignal: options.signal,
  });
  const results: ResultEvent[] = [];
  const errors: ErrorEvent[] = [];
  // The stream ends after the last kind; an MCP tool answers once, so it is read whole.
  for (const line of (await new Response(stream).text()).split("\n")) {
    if (!line.trim()) continue;
    const event = GenerationEventSchema.parse(JSON.parse(line));
    if (event.type === "result") results.push(event);
    if (event.type === "error") errors.push(event);
  }
  return { results, errors };
}
