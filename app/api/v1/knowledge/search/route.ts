import { z } from "zod";
import { defineApiRoute } from "@/lib/api/define-api-route";
import { queryBoolean, queryList } from "@/lib/api/query-params";
import { LANGUAGES, SOURCE_KINDS } from "@/lib/db/schema/knowledge-sources";
import { retrieve } from "@/lib/knowledge/retrieve/retrieve";

const resultSchema = z.object({
  chunkId: z.string(),
  sourceId: z.string(),
  sourceTitle: z.string(),
  version: z.number().int(),
  sectionPath: z.array(z.string()),
  url: z.string().nullable(),
  text: z.string(),
  language: z.enum(LANGUAGES),
  kind: z.string(),
  classification: z.string(),
  category: z.string().nullable(),
  isFlagged: z.boolean().describe("Held back from generation by the prompt-injection firewall until an admin releases it."),
  scores: z.object({ vector: z.number().nullable(), lexical: z.number().nullable(), fused: z.number(), rerank: z.number().nullable() }),
});

/** The same hybrid retrieval as the Knowledge page's search (knowledge.search action). */
export const GET = defineApiRoute({
  name: "api.knowledge.search",
  method: "GET",
  path: "/api/v1/knowledge/search",
  tag: "Knowledge",
  summary: "Search the knowledge base",
  description: "Hybrid (vector + full-text) retrieval with reranking, limited to the sources the token's role may read.",
  permission: "knowledge:read",
  input: z.object({
    q: z.string().trim().min(1, "Type a question or keywords").max(1000).describe("Question or keywords."),
    k: z.coerce.number().int().min(1).max(50).default(10).describe("Number of passages (1–50)."),
    kinds: queryList(z.enum(SOURCE_KINDS), SOURCE_KINDS.length).describe("Source roles, comma-separated or repeated."),
    languages: queryList(z.enum(LANGUAGES), LANGUAGES.length),
    categories: queryList(z.string().max(200), 20),
    rerank: queryBoolean(true),
  }),
  output: z.object({ results: z.array(resultSchema), tookMs: z.number().int() }),
  async handler({ input, ctx }) {
    const started = performance.now();
    const results = await retrieve(ctx.db, {
      workspaceId: ctx.membership.workspaceId,
      query: input.q,
      viewer: { role: ctx.membership.role },
      filters: { kinds: input.kinds, languages: input.languages, categories: input.categories },
      k: input.k,
      purpose: "playground",
      rerank: input.rerank,
    });
    ctx.audit.detail({ results: results.length });
    return { results, tookMs: Math.round(performance.now() - started) };
  },
});
