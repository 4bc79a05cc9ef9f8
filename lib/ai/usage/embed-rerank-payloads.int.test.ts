import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { MockEmbeddingModelV4 } from "ai/test";
import type { RerankingModelV4 } from "@ai-sdk/provider";
import { getDb } from "@/lib/db/client";
import { modelCallPayloads, modelCalls } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { MODEL_CATALOG } from "../catalog";
import { embedForWorkspace } from "../embed";
import { rerankForWorkspace } from "../rerank";
import { createLocalReranker } from "../local-models/reranker";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "../routing/circuit-breaker";
import { saveRetentionPeriods } from "@/lib/data-protection/retention/settings";
import { ALL_DEFAULTS } from "@/lib/data-protection/retention/periods";
import { MAX_STORED_TEXTS } from "./call-payloads";

const hostedEmbedder = mockCatalogEntry("hosted:embed", { kind: "embedding", region: "us" });
const selfHostedReranker = mockCatalogEntry("inhouse:rerank", { kind: "reranking", hosting: "self-hosted" });
const localReranker = MODEL_CATALOG.find((e) => e.id === "local:bm25-vector-v1")!;
const hostedChoice = { registryId: "hosted:embed", modelId: "embed", dimensions: 3, isLocal: false };

// Personal values the redaction replaces with placeholders before any of this leaves the server.
const PERSONAL = ["anna.schmidt@example.de", "0151-1234567", "DE89 3704 0044 0532 0130 00"];

function install() {
  const embedded: string[][] = [];
  const reranked: { query: string; documents: string[] }[] = [];
  const embedder = new MockEmbeddingModelV4({
    provider: "hosted",
    modelId: "embed",
    maxEmbeddingsPerCall: 16,
    doEmbed: async ({ values }) => {
      embedded.push(values);
      return { embeddings: values.map(() => [1, 0, 0]), warnings: [] };
    },
  });
  const reranker: RerankingModelV4 = {
    specificationVersion: "v4",
    provider: "inhouse",
    modelId: "rerank",
    async doRerank({ query, documents }) {
      const values = documents.values as string[];
      reranked.push({ query, documents: values });
      return { ranking: values.map((_, index) => ({ index, relevanceScore: 1 / (index + 1) })) };
    },
  };
  useTestModels({
    tasks: ["embed", "rerank"],
    catalog: [hostedEmbedder, selfHostedReranker, localReranker],
    configuredProviders: new Set(["hosted", "inhouse", "local"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveEmbeddingModel: () => embedder,
    resolveRerankingModel: (entry) => (entry.id === "inhouse:rerank" ? reranker : createLocalReranker()),
  });
  return { embedded, reranked };
}

async function payloadsByTask(workspaceId: string) {
  const db = await getDb();
  return db
    .select({ task: modelCalls.task, requests: modelCallPayloads.requests })
    .from(modelCallPayloads)
    .innerJoin(modelCalls, eq(modelCalls.id, modelCallPayloads.callId))
    .where(eq(modelCallPayloads.workspaceId, workspaceId));
}

describe("what leaves: embedding and rerank calls", () => {
  it("stores the redacted texts an embedder and a reranker outside this server received", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { embedded, reranked } = install();
    await embedForWorkspace(db, {
      workspaceId: workspace.id,
      values: ["Write to anna.schmidt@example.de about the Fjell jacket", "Call 0151-1234567 for returns"],
      isConfidential: false,
      modelChoice: hostedChoice,
    });
    await rerankForWorkspace(db, {
      workspaceId: workspace.id,
      query: "refunds to DE89 3704 0044 0532 0130 00",
      documents: [
        { text: "Refunds go to the IBAN DE89 3704 0044 0532 0130 00 within 14 days", bm25: 1, vectorSimilarity: 0.5 },
        { text: "Taped seams keep the rain out", bm25: 0.2, vectorSimilarity: 0.1 },
      ],
      isConfidential: false,
      rerankerId: "inhouse:rerank",
    });

    const rows = await payloadsByTask(workspace.id);
    const embed = rows.find((row) => row.task === "embed")!.requests;
    const rerank = rows.find((row) => row.task === "rerank")!.requests;
    // Stored exactly as the providers received it.
    expect(embed).toEqual([{ modelId: "hosted:embed", hosting: "external", kind: "embedding", messages: embedded[0]!.map((text) => ({ role: "input", text })) }]);
    expect(rerank).toEqual([
      {
        modelId: "inhouse:rerank",
        hosting: "self-hosted",
        kind: "rerank",
        messages: [{ role: "query", text: reranked[0]!.query }, ...reranked[0]!.documents.map((text) => ({ role: "document", text }))],
      },
    ]);
    expect(embed[0]!.messages[0]!.text).toContain("[EMAIL_1]");
    expect(rerank[0]!.messages[0]!.text).toContain("[IBAN_1]");
    const stored = JSON.stringify(rows);
    for (const value of PERSONAL) expect(stored).not.toContain(value);
  });

  it("stores nothing for the built-in local models, nor at retention 0", async () => {
    const db = await getDb();
    const local = await createTestWorkspace();
    // No test models: the built-in embedder and reranker, which run in this process.
    await embedForWorkspace(db, { workspaceId: local.id, values: ["Merino wool base layer"], isConfidential: false });
    await rerankForWorkspace(db, { workspaceId: local.id, query: "wool", documents: [{ text: "Merino wool", bm25: 1, vectorSimilarity: 0.5 }], isConfidential: false });
    expect(await db.select().from(modelCalls).where(eq(modelCalls.workspaceId, local.id))).toHaveLength(2);
    expect(await payloadsByTask(local.id)).toEqual([]);

    const zero = await createTestWorkspace("Zero");
    await saveRetentionPeriods(db, { workspaceId: zero.id, userId: "usr_admin", periods: { ...ALL_DEFAULTS, prompts: 0 } });
    const { embedded, reranked } = install();
    await embedForWorkspace(db, { workspaceId: zero.id, values: ["Fjell jacket"], isConfidential: false, modelChoice: hostedChoice });
    await rerankForWorkspace(db, { workspaceId: zero.id, query: "rain", documents: [{ text: "Taped seams", bm25: 1, vectorSimilarity: 0.5 }], isConfidential: false, rerankerId: "inhouse:rerank" });
    expect(embedded).toHaveLength(1);
    expect(reranked).toHaveLength(1);
    expect(await payloadsByTask(zero.id)).toEqual([]);
  });

  it("keeps the first texts of a large batch and notes the cut", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { embedded } = install();
    const values = Array.from({ length: 250 }, (_, i) => `Product ${i}: recycled nylon shell`);
    await embedForWorkspace(db, { workspaceId: workspace.id, values, isConfidential: false, modelChoice: hostedChoice });
    expect(embedded).toHaveLength(16); // 250 texts, 16 per request
    const [row] = await payloadsByTask(workspace.id);
    const texts = row!.requests.flatMap((request) => request.messages.map((m) => m.text));
    expect(texts).toEqual(values.slice(0, MAX_STORED_TEXTS));
    expect(row!.requests).toHaveLength(16);
    const cut = row!.requests.filter((request) => request.truncated);
    expect(cut[0]!.truncated).toMatch(/^8 of 16 texts stored/);
    expect(cut.at(-1)!.truncated).toMatch(/^0 of 10 texts stored/);
  });
});
