import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { executeRows } from "@/lib/db/execute";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { idfWeightedQueryEmbedding } from "@/lib/rag/embed/idf-weighted-query";
import { DEFAULT_LEXICAL_WEIGHT } from "@/lib/ai/local-models/reranker";
import { lookUpTerms, queryTerms, termIdf } from "./lexical";
import { queryLanguages } from "./query-language";
import { retrieve } from "./retrieve";

const dot = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe("the local reranker's similarity feature (issue 21)", () => {
  it("is the cosine with the IDF-weighted query vector, not the plain one", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    // "jacket" is in every chunk (low IDF); "membrane" and "recycled" in one each (high IDF).
    await addTextSource(workspace.id, "The jacket has a breathable membrane that keeps rain out.", { title: "Membrane" });
    await addTextSource(workspace.id, "The jacket is made from recycled nylon.", { title: "Recycled" });
    await addTextSource(workspace.id, "The jacket comes in five colours and packs into its pocket.", { title: "Colours" });
    await addTextSource(workspace.id, "Our jacket is cut long so it covers the hips on a bike.", { title: "Cut" });
    await runIngestion(workspace.id);
    const query = "Which jacket has a membrane?";
    const timings: Record<string, number> = {};
    const results = await retrieve(db, { workspaceId: workspace.id, query, viewer: { role: "admin" }, purpose: "playground", k: 10, timings });
    expect(results).toHaveLength(4);
    expect(results[0]!.sourceTitle).toBe("Membrane");
    expect(timings.weighting).toBeGreaterThanOrEqual(0);

    // Recompute the blend from the stored vectors and the workspace's IDF.
    const { idf, unknownIdf } = termIdf(await lookUpTerms(db, workspace.id, queryTerms(query)));
    expect(idf.get("jacket")!).toBeLessThan(idf.get("membran")!);
    const weighted = idfWeightedQueryEmbedding(query, queryLanguages(query), { idf: (stem) => idf.get(stem), unknownIdf })!;
    const rows = await executeRows<{ id: string; embedding: string }>(
      db,
      sql`select id, embedding::text as embedding from knowledge_chunks where workspace_id = ${workspace.id}`,
    );
    const vectors = new Map(rows.map((row) => [row.id, JSON.parse(row.embedding) as number[]]));
    const maxLexical = Math.max(...results.map((r) => r.scores.lexical ?? 0));
    let differsFromPlain = false;
    for (const result of results) {
      const lexicalPart = DEFAULT_LEXICAL_WEIGHT * ((result.scores.lexical ?? 0) / maxLexical);
      const weightedCosine = dot(weighted, vectors.get(result.chunkId)!);
      expect(result.scores.rerank!).toBeCloseTo(lexicalPart + (1 - DEFAULT_LEXICAL_WEIGHT) * Math.max(0, weightedCosine), 5);
      const plainScore = lexicalPart + (1 - DEFAULT_LEXICAL_WEIGHT) * Math.max(0, result.scores.vector!);
      if (Math.abs(plainScore - result.scores.rerank!) > 1e-3) differsFromPlain = true;
    }
    expect(differsFromPlain).toBe(true);
  });
});
