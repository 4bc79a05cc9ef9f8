import "server-only";
import type { Database } from "@/lib/db/types";
import { routeModelCall } from "../../router";
import { RouterError } from "../../routing/errors";
import { generateObjectOnce, routedRequest } from "../routed-request";
import { judgeLocally, LOCAL_JUDGE_ID } from "./local-judge";
import { buildJudgePrompt, JUDGE_INSTRUCTIONS } from "./prompt";
import { JUDGE_OUTPUT, JudgeOutputSchema, type JudgeInput, type JudgeOutput } from "./schema";

export type JudgeVerdict = JudgeOutput & {
  /** The model that judged, or LOCAL_JUDGE_ID. */
  judgedBy: string;
  /** Why the heuristic judge stood in, when a hosted model was tried or not available. */
  fallbackReason: string | null;
};

/**
 * The judge task: a hosted model scores voice and tone against the guide when the routing policy
 * has one; otherwise (no key, budget used up, every model failed) the local heuristic judge does,
 * so a save never fails because nobody could judge it. An aborted request stays aborted.
 */
export async function runJudge(
  db: Database,
  options: {
    workspaceId: string;
    userId: string | null;
    input: JudgeInput;
    abortSignal?: AbortSignal;
    /** A source the copy cites holds personal data: the copy may quote it, so it stays local. */
    quotesPersonalData?: boolean;
    /** A source the copy cites is confidential: the copy may quote it, so it stays local. */
    usesConfidentialContext?: boolean;
  },
): Promise<JudgeVerdict> {
  const prompt = buildJudgePrompt(options.input);
  try {
    const routed = await routeModelCall(
      routedRequest({
        db,
        workspaceId: options.workspaceId,
        userId: options.userId,
        task: "judge",
        // A side effect of saving, not a click of its own: not counted against the person's rate limit.
        isBackground: true,
        abortSignal: options.abortSignal,
        // The copy is built from its sources; it may carry what made generation stay local.
        quotesPersonalData: options.quotesPersonalData,
        usesConfidentialContext: options.usesConfidentialContext,
        instructions: JUDGE_INSTRUCTIONS,
        prompt,
        estimatedOutputTokens: 600,
        // The same copy against the same guide gets the same verdict.
        cache: { sourceIds: [], semanticThreshold: null },
        run: (attempt) => generateObjectOnce(attempt, { instructions: JUDGE_INSTRUCTIONS, prompt, name: JUDGE_OUTPUT, schema: JudgeOutputSchema }),
      }),
    );
    return { ...routed.value, judgedBy: routed.model.id, fallbackReason: null };
  } catch (error) {
    if (!(error instanceof RouterError) || error.kind === "aborted") throw error;
    return { ...judgeLocally(options.input), judgedBy: LOCAL_JUDGE_ID, fallbackReason: error.message };
  }
}
