import "server-only";
import type { Database } from "@/lib/db/types";
import { extractRulesLocally, LOCAL_RULE_EXTRACTOR } from "@/lib/brand-rules/extract/extract-rules-locally";
import type { RuleProposal } from "@/lib/brand-rules/proposal";
import { routeModelCall } from "../../router";
import { RouterError } from "../../routing/errors";
import { generateObjectOnce, routedRequest } from "../routed-request";
import { buildExtractRulesPrompt, EXTRACT_RULES_INSTRUCTIONS } from "./prompt";
import { EXTRACT_RULES_OUTPUT, ExtractRulesOutputSchema, toRuleProposals } from "./schema";

export type GuideForExtraction = { sourceId: string; title: string; version: number; language: "de" | "en" | null; text: string; usesConfidentialContext: boolean; quotesPersonalData: boolean };

/**
 * The extract-rules task: the best allowed model reads the guide; the local extractive model runs
 * the heuristic extractor. When no model may be called at all (budget spent, rate limit, every
 * candidate failing) the heuristic extractor runs here directly: proposals are a review aid, and
 * an admin who asked for them should get the ones a heuristic can find rather than an error.
 */
export async function runExtractRules(db: Database, options: { workspaceId: string; userId: string | null; guide: GuideForExtraction }): Promise<{ proposals: RuleProposal[]; extractor: string }> {
  const prompt = buildExtractRulesPrompt(options.guide);
  try {
    const routed = await routeModelCall(
      routedRequest({
        db,
        workspaceId: options.workspaceId,
        userId: options.userId,
        isBackground: options.userId === null,
        task: "extract-rules",
        instructions: EXTRACT_RULES_INSTRUCTIONS,
        prompt,
        estimatedOutputTokens: 2_000,
        usesConfidentialContext: options.guide.usesConfidentialContext,
        quotesPersonalData: options.guide.quotesPersonalData,
        // The same guide version gives the same rules: a repeated click need not pay again.
        // Exact matches only: a similar guide is not the same guide.
        cache: { sourceIds: [options.guide.sourceId], semanticThreshold: null },
        run: (attempt) => generateObjectOnce(attempt, { instructions: EXTRACT_RULES_INSTRUCTIONS, prompt, name: EXTRACT_RULES_OUTPUT, schema: ExtractRulesOutputSchema }),
      }),
    );
    // The local extractive model runs the heuristic extractor: name that, not the model.
    return { proposals: toRuleProposals(routed.value), extractor: routed.model.hosting === "local" ? LOCAL_RULE_EXTRACTOR : routed.model.id };
  } catch (error) {
    if (!(error instanceof RouterError)) throw error;
    return { proposals: extractRulesLocally(options.guide.text, { language: options.guide.language }), extractor: LOCAL_RULE_EXTRACTOR };
  }
}
