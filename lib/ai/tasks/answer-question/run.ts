import "server-only";
import type { Database } from "@/lib/db/types";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { routeModelCall } from "../../router";
import { RouterError, routerErrorToAppError } from "../../routing/errors";
import { generateTextOnce, routedRequest } from "../routed-request";
import { ANSWER_INSTRUCTIONS, buildAnswerPrompt } from "./prompt";

/**
 * The answer-question task: the retrieved passages quoted as data, confidential context and
 * passages holding personal data kept on local or self-hosted models, and the cache scoped to what the asker may read (`cacheScope`).
 */
export async function runAnswerQuestion(
  db: Database,
  options: { workspaceId: string; userId: string; question: string; sources: RetrievedChunk[]; cacheScope: string },
) {
  const { context, prompt } = buildAnswerPrompt(options.sources, options.question);
  try {
    return await routeModelCall(
      routedRequest({
        db,
        workspaceId: options.workspaceId,
        userId: options.userId,
        task: "answer-question",
        instructions: ANSWER_INSTRUCTIONS,
        prompt,
        estimateFrom: [ANSWER_INSTRUCTIONS, context, options.question],
        estimatedOutputTokens: 600,
        usesConfidentialContext: options.sources.some((s) => s.classification === "confidential"),
        // A passage marked at ingestion as holding personal data: local or self-hosted only.
        quotesPersonalData: options.sources.some((s) => s.holdsPersonalData),
        cache: { sourceIds: [...new Set(options.sources.map((s) => s.sourceId))], scope: options.cacheScope },
        run: (attempt) => generateTextOnce(attempt, { instructions: ANSWER_INSTRUCTIONS, prompt }),
      }),
    );
  } catch (error) {
    if (error instanceof RouterError) throw routerErrorToAppError(error);
    throw error;
  }
}
