import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { MockEmbeddingModelV4 } from "ai/test";
import type { RerankingModelV4 } from "@ai-sdk/provider";
import { getDb } from "@/lib/db/client";
import { modelCalls } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { apiError } from "@/lib/testing/mock-models";
import { MODEL_CATALOG } from "./catalog";
import { embedForWorkspace } from "./embed";
import { rerankForWorkspace } from "./rerank";
import { createLocalReranker } from "./local-models/reranker";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "./routing/circuit-breaker";
import { RouterError } from "./routing/errors";
import { useTestModels } from "@/lib/testing/routed-models";

const hostedEmbedder = mockCatalogEntry("hosted:embed", { kind: "embedding", region: "us" });
const otherEmbedder = mockCatalogEntry("other:embed", { kind: "embedding", region: "us" });
const hostedChoice = { registryId: "hosted:embed", modelId: "embed", dimensions: 3, isLocal: false };

function mockEmbedder() {
  const received: string[][] = [];
  const model = new MockEmbeddingModelV4({
    provider: "hosted",
    modelId: "embed",
    maxEmbeddingsPerCall: 16,
    doEmbed: async ({ values }) => {
      received.push(values);
      return { embeddings: values.map((_, i) => [i, 1, 0]), warnings: [] };
    },
  });
  return { model, received };
}

describe("embeddings through the router", () => {
  it("routes to the index's model only, records the call and its reasons", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { model, received } = mockEmbedder();
    useTestModels({
      tasks: ["embed", "rerank"],
      catalog: [hostedEmbedder, otherEmbedder],
      configuredProviders: new Set(["hosted", "other"]),
      breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
      resolveEmbeddingModel: () => model,
    });
    const result = await embedForWorkspace(db, {
      workspaceId: workspace.id,
      values: ["Recycled nylon shell", "Taped seams"],
      isConfidential: false,
      modelChoice: hostedChoice,
    });
    expect(result.embeddings).toEqual([[0, 1, 0], [1, 1, 0]]);
    expect(received).toEqual([["Recycled nylon shell", "Taped seams"]]);
    const [row] = await db.select().from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "embed")));
    expect(row!.chosenModel).toBe("hosted:embed");
    expect(row!.reasons).toContainEqual(expect.objectContaining({ modelId: "other:embed", outcome: "skipped", reason: expect.stringContaining("not comparable") }));
  });

  it("never sends confidential text to an external embedder", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { model, received } = mockEmbedder();
    useTestModels({ tasks: ["embed", "rerank"], catalog: [hostedEmbedder], configuredProviders: new Set(["hosted"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveEmbeddingModel: () => model });
    const error = await embedForWorkspace(db, {
      workspaceId: workspace.id,
      values: ["Q3 margin plan"],
      isConfidential: true,
      modelChoice: hostedChoice,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouterError);
    expect(error).toMatchObject({ kind: "no_candidate" });
    expect(received).toEqual([]);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.workspaceId, workspace.id));
    expect(row!.reasons).toContainEqual(expect.objectContaining({ modelId: "hosted:embed", reason: expect.stringContaining("confidential") }));
  });

  it("uses the built-in embedder with no configuration and records it", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const result = await embedForWorkspace(db, { workspaceId: workspace.id, values: ["Merino wool base layer"], isConfidential: true });
    expect(result.isLocal).toBe(true);
    expect(result.embeddings[0]).toHaveLength(result.dimensions);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.workspaceId, workspace.id));
    expect(row).toMatchObject({ task: "embed", chosenModel: result.registryId, costUsd: 0, errorClass: null });
  });
});

describe("reranking through the router", () => {
  const documents = [
    { text: "Care guide for wool", bm25: 0.1, vectorSimilarity: 0.2 },
    { text: "Waterproof membrane with taped seams", bm25: 3.2, vectorSimilarity: 0.8 },
  ];
  const localEntry = MODEL_CATALOG.find((e) => e.id === "local:bm25-vector-v1")!;
  const hostedReranker = mockCatalogEntry("hosted:rerank", { kind: "reranking", region: "us" });

  function failingReranker() {
    let calls = 0;
    const model: RerankingModelV4 = {
      specificationVersion: "v4",
      provider: "hosted",
      modelId: "rerank",
      async doRerank() {
        calls++;
        throw apiError(503);
      },
    };
    return { model, calls: () => calls };
  }

  function overrides(hosted: RerankingModelV4) {
    return {
      catalog: [hostedReranker, localEntry],
      configuredProviders: new Set(["hosted", "local"]),
      breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
      sleep: async () => {},
      resolveRerankingModel: (entry: { id: string }) => (entry.id === "hosted:rerank" ? hosted : createLocalReranker()),
    };
  }

  it("falls back to the built-in reranker when the hosted one fails", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const hosted = failingReranker();
    useTestModels({ tasks: ["embed", "rerank"], ...overrides(hosted.model) });
    const result = await rerankForWorkspace(db, { workspaceId: workspace.id, query: "waterproof", documents, isConfidential: false, rerankerId: "hosted:rerank" });
    expect(result.modelId).toBe("local:bm25-vector-v1");
    expect(result.ranking[0]!.originalIndex).toBe(1);
    expect(hosted.calls()).toBe(3);
  });

  it("keeps confidential passages away from a hosted reranker", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const hosted = failingReranker();
    useTestModels({ tasks: ["embed", "rerank"], ...overrides(hosted.model) });
    const result = await rerankForWorkspace(db, { workspaceId: workspace.id, query: "waterproof", documents, isConfidential: true, rerankerId: "hosted:rerank" });
    expect(result.modelId).toBe("local:bm25-vector-v1");
    expect(hosted.calls()).toBe(0);
  });

  it("keeps passages marked at ingestion as holding personal data away from a hosted reranker", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const hosted = failingReranker();
    useTestModels({ tasks: ["embed", "rerank"], ...overrides(hosted.model) });
    // The texts themselves scan clean: the chunk's mark alone decides.
    const result = await rerankForWorkspace(db, { workspaceId: workspace.id, query: "waterproof", documents, isConfidential: false, holdsPersonalData: true, rerankerId: "hosted:rerank" });
    expect(result.modelId).toBe("local:bm25-vector-v1");
    expect(hosted.calls()).toBe(0);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.workspaceId, workspace.id));
    expect(row!.reasons).toContainEqual(expect.objectContaining({ modelId: "hosted:rerank", outcome: "skipped", reason: expect.stringContaining("personal data") }));
  });
});
