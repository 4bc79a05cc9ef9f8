import "server-only";
import { z } from "zod";
import { LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";
import { retrieve } from "@/lib/knowledge/retrieve/retrieve";
import { defineMcpTool } from "../define-tool";

const passageSchema = z.object({
  chunkId: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  url: z.string().nullable(),
  text: z.string(),
  language: z.enum(LANGUAGES),
  kind: z.string(),
  category: z.string().nullable(),
  isFlagged: z.boolean().describe("Held back from generation by the prompt-injection firewall until an admin releases it."),
  score: z.number(),
});

/** The same hybrid retrieval as GET /api/v1/knowledge/search and the Knowledge page. */
export const searchKnowledgeTool = defineMcpTool({
  name: "search_knowledge",
  title: "Search the knowledge base",
  description:
    "Hybrid (vector + full-text) search over the workspace's knowledge base: product feed rows, published pages, policies, brand guides. Returns the best passages with their source. Only sources the token's role may read.",
  input: z.object({
    query: z.string().trim().min(1, "Type a question or keywords").max(1000).describe("Question or keywords."),
    k: z.number().int().min(1).max(50).default(10).describe("Number of passages (1–50)."),
    kinds: z.array(z.enum(SOURCE_KINDS)).max(SOURCE_KINDS.length).optional().describe("Only these source roles, e.g. [\"product\"]."),
    languages: z.array(z.enum(LANGUAGES)).max(LANGUAGES.length).optional(),
  }),
  output: z.object({ results: z.array(passageSchema), tookMs: z.number().int() }),
  async handler({ input, ctx }) {
    const started = performance.now();
    const results = await retrieve(ctx.db, {
      workspaceId: ctx.membership.workspaceId,
      query: input.query,
      viewer: { role: ctx.membership.role },
      filters: { kinds: input.kinds ?? [], languages: input.languages ?? [], categories: [] },
      k: input.k,
      purpose: "playground",
      rerank: true,
    });
    ctx.audit.detail({ results: results.length });
    const titles = [...new Set(results.map((r) => r.sourceTitle))].slice(0, 5);
    return {
      data: { results: results.map((r) => ({ ...r, score: r.scores.rerank ?? r.scores.fused })), tookMs: Math.round(performance.now() - started) },
      text: results.length === 0 ? `No passages match "${input.query}".` : `${results.length} passages for "${input.query}", from: ${titles.join("; ")}.`,
    };
  },
});

/** The same answer as POST /api/v1/knowledge/answer and the Knowledge page. */
export const answerQuestionTool = defineMcpTool({
  name: "answer_question",
  title: "Answer a question from the knowledge base",
  description:
    "Answers a question from the workspace's knowledge base and cites passages as [chunk id]. Personal data in the question is redacted before any model sees it. Spends model budget.",
  input: z.object({ question: z.string().trim().min(3, "Ask a question of at least 3 characters").max(1_000) }),
  output: z.object({
    answer: z.string().describe("Cites passages as [chunk id]."),
    grounded: z.boolean().describe("False when no cited passage backs the answer."),
    model: z.string().nullable(),
    budgetWarning: z.string().nullable(),
    citations: z.array(
      z.object({ chunkId: z.string(), sourceId: z.string(), sourceTitle: z.string(), url: z.string().nullable(), role: z.string(), isInternalNote: z.boolean() }),
    ),
  }),
  async handler({ input, ctx }) {
    const answer = await answerQuestion(ctx.db, { workspaceId: ctx.membership.workspaceId, userId: ctx.actor.id, role: ctx.membership.role, question: input.question });
    ctx.audit.detail({ model: answer.model, cacheHit: answer.cacheHit, grounded: answer.grounded });
    const note = answer.grounded ? "" : "\n\n(Not grounded: no cited passage backs this answer.)";
    return { data: answer, text: `${answer.answer}${note}` };
  },
});
