import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { MODEL_API_RATE_LIMIT } from "@/lib/api/rate-limit";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";

/**
 * The same answer as the Knowledge page (app/api/knowledge/answer). It reads and spends model
 * budget, but changes no workspace data: not `mutates`, so no transaction and no Idempotency-Key.
 */
export const POST = defineApiRoute({
  name: "api.knowledge.answer",
  method: "POST",
  path: "/api/v1/knowledge/answer",
  tag: "Knowledge",
  summary: "Answer a question from the knowledge base, with citations",
  description: "Personal data in the question is redacted before any model sees it. Spends model budget.",
  permission: "knowledge:read",
  // Model calls: a budget of its own (like generation), not the token's general 120/min.
  rateLimit: MODEL_API_RATE_LIMIT,
  mutates: false,
  input: z.object({ question: z.string().trim().min(3, "Ask a question of at least 3 characters").max(1_000) }),
  output: z.object({
    answer: z.string().describe("Cites passages as [chunk id]."),
    grounded: z.boolean().describe("False when no cited passage backs the answer."),
    model: z.string().nullable(),
    cacheHit: z.string(),
    budgetWarning: z.string().nullable(),
    citations: z.array(
      z.object({
        chunkId: z.string(),
        sourceId: z.string(),
        sourceTitle: z.string(),
        version: z.number().int(),
        url: z.string().nullable(),
        role: z.string(),
        isInternalNote: z.boolean(),
      }),
    ),
  }),
  async handler({ input, ctx }) {
    const answer = await answerQuestion(ctx.db, {
      workspaceId: ctx.membership.workspaceId,
      userId: ctx.actor.id,
      role: ctx.membership.role,
      question: input.question,
    });
    ctx.audit.detail({ model: answer.model, cacheHit: answer.cacheHit, grounded: answer.grounded });
    return answer;
  },
});
