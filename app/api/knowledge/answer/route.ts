import { z } from "zod";
import { defineRouteHandler } from "@/lib/authz/define-route";
import { workspaceScopedInput } from "@/lib/authz/define-action";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";

/** Answers a question from the knowledge base, with citations, through the model router. */
export const GET = defineRouteHandler({
  name: "knowledge.answer",
  permission: "knowledge:read",
  input: workspaceScopedInput.extend({ question: z.string().trim().min(3, "Ask a question of at least 3 characters").max(1_000) }),
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
