import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";

/**
 * Answers a question from the knowledge base, with citations, through the model router. POST with
 * a JSON body: a question may hold personal data, which must not land in URLs and access logs, and
 * a call that spends model budget is not a GET (prefetchers and crawlers replay those).
 */
export const POST = defineRouteHandler({
  name: "knowledge.answer",
  permission: "knowledge:read",
  method: "POST",
  input: workspaceScopedInput.extend({ question: z.string().trim().min(3, "validation.api.askQuestionAtLeast").max(1_000) }),
  async handler({ input, ctx }) {
    const answer = await answerQuestion(ctx.db, {
      workspaceId: input.workspaceId,
      userId: ctx.actor.id,
      role: ctx.membership.role,
      question: input.question,
    });
    return Response.json(answer, { headers: { "cache-control": "no-store" } });
  },
});
