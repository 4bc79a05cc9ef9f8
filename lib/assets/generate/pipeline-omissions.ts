import type { PromptBrief } from "@/lib/assets/generate/brief";
import type { Omission } from "@/lib/assets/schemas/omission";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { briefOmissions } from "./omissions/brief-omissions";
import { campaignOfferOmissions } from "./omissions/campaign-offer-omissions";
import { merchantOfferOmissions } from "./omissions/merchant-omissions";
import { mergeOmissions } from "./omissions/merge-omissions";
import { offerFactTexts } from "@/lib/campaigns/offer-facts";

// Guides and internal notes may mention a code as an example or a plan; neither makes it real.
const NON_FACT_KINDS: ReadonlySet<string> = new Set(["brand_voice", "internal_note"]);

/**
 * The omissions an asset carries: what its model reported, plus what the brief check finds in any
 * case (a banned claim asked for, an offer part no fact source states). The check runs for every
 * model, so a hosted model that drops a request silently still leaves a note.
 */
export function pipelineOmissions(options: { modelOmissions: readonly Omission[]; brief: PromptBrief; chunks: readonly Pick<RetrievedChunk, "kind" | "text">[] }): Omission[] {
  // The campaign's offer states its own code, value and end date: asked for, they are not left out.
  const offerTexts = options.brief.offer ? offerFactTexts(options.brief.offer) : [];
  const factTexts = [...options.chunks.filter((chunk) => !NON_FACT_KINDS.has(chunk.kind)).map((chunk) => chunk.text), ...offerTexts];
  // Feed copy leaves any offer out by policy; that reason comes first, whatever the model said.
  // The campaign's offer, left out of feed copy and articles by policy, is noted the same way.
  const policy = [
    ...(options.brief.kind === "merchant-feed" ? merchantOfferOmissions(options.brief.goal) : []),
    ...campaignOfferOmissions(options.brief.kind, options.brief.offer, options.brief.language),
  ];
  return mergeOmissions(policy, options.modelOmissions, briefOmissions(options.brief, factTexts));
}
