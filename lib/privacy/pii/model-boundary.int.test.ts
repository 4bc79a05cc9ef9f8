import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createCohere } from "@ai-sdk/cohere";
import { getDb } from "@/lib/db/client";
import { assetVersions, modelCalls } from "@/lib/db/schema";
import { MODEL_CATALOG, type CatalogEntry } from "@/lib/ai/catalog";
import { modelRegistry } from "@/lib/ai/registry";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "@/lib/ai/routing/circuit-breaker";
import { embedForWorkspace } from "@/lib/ai/embed";
import { rerankForWorkspace } from "@/lib/ai/rerank";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { setUpBrand } from "@/lib/testing/asset-fixtures";
import { addTextSource, runIngestion } from "@/lib/testing/knowledge-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { generateAsset } from "@/lib/assets/generate/generate-asset";
import { regenerateField } from "@/lib/assets/generate/regenerate-field";
import { saveGeneratedDraft } from "@/lib/assets/drafts/save-generated-draft";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { answerQuestion } from "@/lib/knowledge/answer/answer-question";

/**
 * The model boundary, tested over a real HTTP hop: an OpenAI-compatible server (chat and
 * embeddings) and a Cohere-style reranker on 127.0.0.1, started here, log every request body.
 * Personal values planted in briefs, edited fields, questions, texts to embed and passages to
 * rerank must never appear in what they receive.
 */
const PLANTED = {
  person: "Katharina Vogel",
  email: "k.vogel@example.de",
  obfuscatedEmail: "max(at)example.de",
  phone: "030 / 123 45 67",
  iban: "de89 3704 0044 0532 0130 00",
  card: "4111.1111.1111.1111",
  address: "Musterstraße 12, 10115 Berlin",
  dob: "12.03.1985",
  handle: "@kathi_trails",
  steuerId: "12 345 678 901",
};
const PLANTED_TEXT = `Ansprechpartnerin ${PLANTED.person} (${PLANTED.email}, ${PLANTED.obfuscatedEmail}, Tel. ${PLANTED.phone}), IBAN ${PLANTED.iban}, Karte ${PLANTED.card}, ${PLANTED.address}, geboren am ${PLANTED.dob}, Instagram ${PLANTED.handle}, Steuer-ID ${PLANTED.steuerId}`;
/** What must not occur in any request body (fragments, so a reformatted value is caught too). */
const FRAGMENTS = ["Katharina", "Vogel", "k.vogel", "max(at)", "123 45 67", "1234567", "3704", "0532", "4111", "Musterstraße", "10115", "12.03.1985", "kathi_trails", "678 901"];

const received: { path: string; body: string }[] = [];
let server: http.Server;
let baseURL = "";

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body });
      const json = (status: number, value: unknown) => {
        response.writeHead(status, { "content-type": "application/json" });
        response.end(JSON.stringify(value));
      };
      const parsed = JSON.parse(body || "{}") as { input?: string[]; documents?: string[] };
      if (request.url?.endsWith("/embeddings")) {
        return json(200, { object: "list", data: (parsed.input ?? []).map((_, index) => ({ object: "embedding", index, embedding: [index, 1, 0] })), model: "embed", usage: { prompt_tokens: 5, total_tokens: 5 } });
      }
      if (request.url?.endsWith("/rerank")) {
        return json(200, { id: "rr", results: (parsed.documents ?? []).map((_, index) => ({ index, relevance_score: 1 - index / 10 })), meta: {} });
      }
      // Chat: a server error, so the router falls back to the built-in model and the domain
      // function completes; what matters here is what was sent.
      return json(503, { error: { message: "unavailable", type: "server_error" } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const local = (id: string) => MODEL_CATALOG.find((e) => e.id === id)!;
const hostedChat = mockCatalogEntry("hosted:chat", { region: "eu" });
const hostedEmbed = mockCatalogEntry("hosted:embed", { kind: "embedding" });
const hostedRerank = mockCatalogEntry("hostedrr:rerank", { kind: "reranking" });

function useHttpModels() {
  const compat = createOpenAICompatible({ name: "hosted", baseURL, supportsStructuredOutputs: true, includeUsage: true });
  const cohere = createCohere({ baseURL, apiKey: "test" });
  const catalog: CatalogEntry[] = [hostedChat, hostedEmbed, hostedRerank, local("local:extractive-v1"), local("local:local-hash-ngram-v1"), local("local:bm25-vector-v1")];
  useTestModels({
    catalog,
    configuredProviders: new Set(["hosted", "hostedrr", "local"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    sleep: async () => {},
    resolveLanguageModel: (entry) => (entry.provider === "local" ? modelRegistry.languageModel(entry.id as `local:${string}`) : compat.chatModel("chat")),
    resolveEmbeddingModel: (entry) => (entry.provider === "local" ? modelRegistry.embeddingModel(entry.id as `local:${string}`) : compat.embeddingModel("embed")),
    resolveRerankingModel: (entry) => (entry.provider === "local" ? modelRegistry.rerankingModel(entry.id as `local:${string}`) : cohere.rerankingModel("rerank")),
  });
}

function expectNothingPlanted(from: number) {
  const bodies = received.slice(from).map((r) => r.body).join("\n");
  for (const fragment of FRAGMENTS) expect(bodies, fragment).not.toContain(fragment);
}

describe("the model boundary with an OpenAI-compatible server over HTTP", () => {
  it("generation and field rewrite send no planted personal value, and provenance keeps the redacted brief", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    const { fjellId } = await setUpBrand(workspace.id);
    useHttpModels();
    const from = received.length;
    const brief = { productSourceId: fjellId, topic: "", audience: `hikers; ${PLANTED_TEXT}`, goal: "sell", assetKinds: ["google-rsa" as const], language: "en" as const, tone: "", keywords: ["hardshell"] };
    const generated = await generateAsset(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", brief, kind: "google-rsa" });
    const chatCalls = received.slice(from).filter((r) => r.path.endsWith("/chat/completions"));
    expect(chatCalls.length).toBeGreaterThan(0);
    expect(chatCalls[0]!.body).toContain("[PERSON_1]");
    expectNothingPlanted(from);

    const { assetId } = await saveGeneratedDraft(db, { workspaceId: workspace.id, userId: user.id, actorLabel: user.email, generated, idempotencyKey: null, briefAt: new Date() });
    const [version] = await db.select({ provenance: assetVersions.provenance }).from(assetVersions).where(eq(assetVersions.assetId, assetId));
    const stored = JSON.stringify(version!.provenance);
    for (const fragment of FRAGMENTS) expect(stored, fragment).not.toContain(fragment);

    const content = structuredClone(generated.content) as GoogleRsa;
    content.descriptions[0]!.text = `Call ${PLANTED.person} at ${PLANTED.phone} or mail ${PLANTED.email}`;
    const beforeRewrite = received.length;
    await regenerateField(db, { workspaceId: workspace.id, assetId, userId: user.id, role: "marketer", path: "descriptions[0]", content }).catch(() => null);
    expect(received.length).toBeGreaterThan(beforeRewrite);
    expectNothingPlanted(beforeRewrite);
  });

  it("answers, embeddings and reranking send no planted personal value", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await addTextSource(workspace.id, "# Promise\n\nEvery Nordlicht jacket is field-tested for 500 hours in Sarek.", { title: "Guide", classification: "internal" });
    await runIngestion(workspace.id);
    useHttpModels();
    const from = received.length;
    await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: `How long are jackets tested? ${PLANTED_TEXT}` });
    expect(received.slice(from).some((r) => r.path.endsWith("/chat/completions"))).toBe(true);

    const embedded = await embedForWorkspace(db, {
      workspaceId: workspace.id,
      values: [PLANTED_TEXT, "Recycled nylon shell"],
      isConfidential: false,
      modelChoice: { registryId: "hosted:embed", modelId: "embed", dimensions: 3, isLocal: false },
    });
    expect(embedded.embeddings).toHaveLength(2);
    expect(received.slice(from).some((r) => r.path.endsWith("/embeddings"))).toBe(true);

    const reranked = await rerankForWorkspace(db, {
      workspaceId: workspace.id,
      query: `jackets for ${PLANTED.person}`,
      documents: [{ text: PLANTED_TEXT, bm25: 1, vectorSimilarity: 0.5 }, { text: "Taped seams", bm25: 0.5, vectorSimilarity: 0.2 }],
      isConfidential: false,
      rerankerId: "hostedrr:rerank",
    });
    expect(reranked.modelId).toBe("hostedrr:rerank");
    expect(received.slice(from).some((r) => r.path.endsWith("/rerank"))).toBe(true);
    expectNothingPlanted(from);
  });

  it("does not send a request with residual personal data, or one quoting a source that holds personal data, to the hosted model at all", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    await addTextSource(workspace.id, "# Team\n\nOur founder Jonas Brandt field-tests every jacket for 500 hours in Sarek.", { title: "Team", classification: "internal" });
    await runIngestion(workspace.id);
    useHttpModels();
    const from = received.length;
    // An Austrian social insurance number without its label scores below the redaction
    // threshold but above the residual one: it stays in the text, so the call must stay local.
    const residual = await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "How long are jackets tested? Ref 1237 010180" });
    expect(residual.model).toBe("local:extractive-v1");
    // The retrieved passage names a person: the answer is written locally too.
    const quoting = await answerQuestion(db, { workspaceId: workspace.id, userId: user.id, role: "marketer", question: "Who tests the jackets?" });
    expect(quoting.model).toBe("local:extractive-v1");
    expect(received.slice(from).filter((r) => r.path.endsWith("/chat/completions"))).toEqual([]);
    const calls = await db.select({ reasons: modelCalls.reasons }).from(modelCalls).where(and(eq(modelCalls.workspaceId, workspace.id), eq(modelCalls.task, "answer-question")));
    expect(calls.flatMap((c) => c.reasons)).toContainEqual(expect.objectContaining({ modelId: "hosted:chat", reason: expect.stringContaining("personal data") }));
  });
});
