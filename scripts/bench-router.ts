// `npm run bench:router`: the routing layer's overhead against calling the same mock model
// directly (p50/p95 over 1,000 calls), and the latency of a cache hit. Runs against the
// configured database (a fresh embedded one under .data/bench unless DATABASE_URL is set).
import path from "node:path";
import { generateText } from "ai";

const CALLS = Number(process.argv[process.argv.indexOf("--calls") + 1]) || 1_000;

function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const summary = (values: number[]) => ({ p50Ms: Number(percentile(values, 50).toFixed(2)), p95Ms: Number(percentile(values, 95).toFixed(2)) });

async function main() {
  if (!process.env.DATABASE_URL) process.env.PGLITE_DATA_DIR = path.join(".data", "bench", `router-${Date.now()}`);
  process.env.BRANDPILOT_DEMO = "false";
  process.env.MODEL_REQUESTS_PER_USER_PER_MINUTE = String(CALLS * 10);
  const { getDb } = await import("@/lib/db/client");
  const { env } = await import("@/lib/env");
  const { workspaces, users } = await import("@/lib/db/schema");
  const { createId } = await import("@/lib/ids");
  const { routeModelCall } = await import("@/lib/ai/router");
  const { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } = await import("@/lib/ai/routing/circuit-breaker");
  const { scriptedModel, textResult } = await import("@/lib/testing/mock-models");
  const { installTestModels } = await import("@/lib/testing/install-test-models");

  const db = await getDb();
  const workspaceId = createId("workspace");
  await db.insert(workspaces).values({ id: workspaceId, slug: `bench-router-${Date.now()}`, name: "Router benchmark" });
  const userId = createId("user");
  await db.insert(users).values({ id: userId, email: `${userId}@bench.example`, name: "bench" });

  const model = scriptedModel("mock:model", [textResult("ok")]);
  const entry = {
    id: "mock:model", provider: "mock", kind: "language" as const, label: "mock",
    capabilities: { structuredOutput: true, tools: false, contextWindow: 100_000 },
    pricePerMillion: { input: 1, output: 1 }, hosting: "self-hosted" as const, region: "local" as const, quality: "standard" as const, latency: "fast" as const,
  };
  // The mock model answers the routed "answer-question" calls; embeddings below use the real registry.
  const removeTestModels = installTestModels({
    tasks: ["answer-question"],
    catalog: [entry],
    configuredProviders: new Set(["mock"]),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveLanguageModel: () => model,
  });
  const request = { estimatedInputTokens: 100, estimatedOutputTokens: 20, containsUnredactedPersonalData: false, usesConfidentialContext: false };

  // Warm-up (JIT, connections, first inserts).
  for (let i = 0; i < 20; i++) await generateText({ model, prompt: `warm ${i}` });
  const direct: number[] = [];
  const routed: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    let started = performance.now();
    await generateText({ model, prompt: `brief ${i}`, maxRetries: 0 });
    direct.push(performance.now() - started);
    started = performance.now();
    await routeModelCall({
      db, workspaceId, userId, task: "answer-question", request, cache: false,
      run: async ({ model: m, signal }) => {
        const result = await generateText({ model: m, prompt: `brief ${i}`, abortSignal: signal, maxRetries: 0 });
        return { value: result.text, usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 } };
      },
    });
    routed.push(performance.now() - started);
  }
  const overhead = routed.map((ms, i) => ms - direct[i]!);

  const cached: number[] = [];
  const ask = () =>
    routeModelCall({
      db, workspaceId, userId, task: "answer-question", request, cache: { sourceIds: [] },
      run: async ({ model: m, signal }) => {
        const result = await generateText({ model: m, prompt: "the same question every time", abortSignal: signal, maxRetries: 0 });
        return { value: result.text, usage: { inputTokens: result.usage.inputTokens ?? 0, outputTokens: result.usage.outputTokens ?? 0 } };
      },
    });
  await ask(); // fills the cache
  for (let i = 0; i < Math.min(CALLS, 500); i++) {
    const started = performance.now();
    const result = await ask();
    if (result.cacheHit === "none") throw new Error("expected a cache hit");
    cached.push(performance.now() - started);
  }

  removeTestModels();

  // What routing adds to retrieval: a query embedding with the built-in embedder, routed (policy,
  // record) against the same embedding computed directly.
  const { embedForWorkspace } = await import("@/lib/ai/embed");
  const { embedTexts } = await import("@/lib/rag/embed/local-embedder");
  const embedOverhead: number[] = [];
  for (let i = 0; i < Math.min(CALLS, 500); i++) {
    const query = `waterproof hardshell jacket ${i}`;
    let started = performance.now();
    embedTexts([query]);
    const directMs = performance.now() - started;
    started = performance.now();
    await embedForWorkspace(db, { workspaceId, values: [query], isConfidential: false });
    embedOverhead.push(performance.now() - started - directMs);
  }

  console.log(
    JSON.stringify(
      {
        driver: env.DATABASE_URL ? "postgres" : "pglite",
        calls: CALLS,
        directCall: summary(direct),
        routedCall: summary(routed),
        routerOverhead: summary(overhead),
        cacheHit: summary(cached),
        routedQueryEmbeddingOverhead: summary(embedOverhead),
      },
      null,
      2,
    ),
  );
  process.exit(0);
}

main().catch((error) => {
  console.error("Benchmark failed:", error);
  process.exit(1);
});
