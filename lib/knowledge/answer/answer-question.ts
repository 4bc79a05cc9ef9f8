import "server-only";
import { generateText } from "ai";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { redactPersonalData } from "@/lib/ai/redact";
import { routeModelCall } from "@/lib/ai/router";
import { RouterError, routerErrorToAppError } from "@/lib/ai/routing/errors";
import { countTokens } from "@/lib/rag/text/tokenize";
import { retrieve } from "../retrieve/retrieve";
import { formatRetrievedContext } from "../retrieve/context";
import { parseRoleList, visibleClassifications } from "../classification";
import { env } from "@/lib/env";

export const ANSWER_PROMPT_VERSION = "answer-question@1";

const INSTRUCTIONS = [
  "You answer questions for a marketing team using only the brand's own content.",
  "No source, no claim: if the sources do not contain the answer, say so.",
  "After each statement, cite the id of the source it rests on in square brackets, e.g. [chk_abc].",
].join(" ");

/**
 * Answers a question from the knowledge base through the router: personal data is redacted from
 * the question, retrieved passages are quoted as data, confidential context keeps the call on
 * local or self-hosted models, and the answer cites chunk ids.
 */
export async function answerQuestion(
  db: Database,
  options: { workspaceId: string; userId: string; role: Role; question: string },
) {
  const { text: question, redactions } = redactPersonalData(options.question);
  const sources = await retrieve(db, { workspaceId: options.workspaceId, query: question, viewer: { role: options.role }, purpose: "generation", k: 6 });
  const context = formatRetrievedContext(sources);
  try {
    const result = await routeModelCall({
      db,
      workspaceId: options.workspaceId,
      userId: options.userId,
      task: "answer-question",
      request: {
        estimatedInputTokens: countTokens(INSTRUCTIONS) + countTokens(context) + countTokens(question),
        estimatedOutputTokens: 600,
        containsUnredactedPersonalData: false,
        usesConfidentialContext: sources.some((s) => s.classification === "confidential"),
      },
      // Scoped to what this viewer may read: an answer drawn from confidential sources for an
      // editor is never served to a marketer asking something similar.
      cache: { sourceIds: [...new Set(sources.map((s) => s.sourceId))], scope: `classifications:${visibleClassifications(options.role, parseRoleList(env.CONFIDENTIAL_READER_ROLES)).join(",")}` },
      run: async ({ model, signal }) => {
        const response = await generateText({ model, instructions: INSTRUCTIONS, prompt: `${context}\n\nQuestion: ${question}`, abortSignal: signal, maxRetries: 0 });
        return { value: response.text, usage: { inputTokens: response.usage.inputTokens ?? 0, outputTokens: response.usage.outputTokens ?? 0 } };
      },
    });
    const citedIds = new Set([...result.value.matchAll(/\[(chk_[A-Za-z0-9_-]+)\]/g)].map((m) => m[1]));
    return {
      answer: result.value,
      model: result.model.id,
      cacheHit: result.cacheHit,
      budgetWarning: result.budgetWarning,
      redactions,
      promptVersion: ANSWER_PROMPT_VERSION,
      citations: sources.filter((s) => citedIds.has(s.chunkId)).map((s) => ({ chunkId: s.chunkId, sourceTitle: s.sourceTitle, version: s.version, url: s.url })),
    };
  } catch (error) {
    if (error instanceof RouterError) throw routerErrorToAppError(error);
    throw error;
  }
}
