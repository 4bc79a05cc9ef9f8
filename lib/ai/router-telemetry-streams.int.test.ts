import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { streamText } from "ai";
import { MockLanguageModelV4, simulateReadableStream } from "ai/test";
import { OpenTelemetry } from "@ai-sdk/otel";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-base";
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { getDb } from "@/lib/db/client";
import { modelCalls } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { routeModelCall, type RoutedCall } from "./router";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "./routing/circuit-breaker";
import { setBudget } from "./routing/budget";
import { useTestModels } from "@/lib/testing/routed-models";

const request = { estimatedInputTokens: 100, estimatedOutputTokens: 50, containsUnredactedPersonalData: false, usesConfidentialContext: false };

function streamingModel(id: string, text: string, options: { initialDelayInMs?: number } = {}) {
  let calls = 0;
  const model = new MockLanguageModelV4({
    provider: id.split(":")[0],
    modelId: id,
    doStream: async () => {
      calls++;
      const words = text.split(" ");
      const chunks: LanguageModelV4StreamPart[] = [
        { type: "stream-start", warnings: [] },
        { type: "text-start", id: "t" },
        ...words.map((word, i) => ({ type: "text-delta" as const, id: "t", delta: i === 0 ? word : ` ${word}` })),
        { type: "text-end", id: "t" },
        {
          type: "finish",
          finishReason: { unified: "stop", raw: "stop" },
          usage: { inputTokens: { total: 100, noCache: 100, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 50, text: 50, reasoning: 0 } },
        },
      ];
      return { stream: simulateReadableStream({ chunks, initialDelayInMs: options.initialDelayInMs ?? 0, chunkDelayInMs: 1 }) };
    },
  });
  return { model, calls: () => calls };
}

async function streamedCall(options: { workspaceId: string; modelId: string; model: MockLanguageModelV4; cache?: RoutedCall<string>["cache"]; telemetryIntegrations?: OpenTelemetry[] }) {
  const catalog = [mockCatalogEntry(options.modelId)];
  useTestModels({
    tasks: ["answer-question"],
    catalog,
    configuredProviders: new Set(catalog.map((c) => c.provider)),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    resolveLanguageModel: () => options.model,
    telemetryIntegrations: options.telemetryIntegrations,
  });
  return routeModelCall<string>({
    db: await getDb(),
    workspaceId: options.workspaceId,
    userId: null,
    task: "answer-question",
    request,
    cache: options.cache ?? false,
    run: async ({ model, signal, telemetry, markFirstToken }) => {
      const result = streamText({ model, prompt: "What keeps the jacket dry?", abortSignal: signal, maxRetries: 0, telemetry });
      let text = "";
      for await (const delta of result.textStream) {
        markFirstToken();
        text += delta;
      }
      const usage = await result.usage;
      return { value: text, usage: { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 } };
    },
  });
}

describe("streamed routed calls", () => {
  it("records the time to first token of a streamed call", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { model } = streamingModel("a:stream", "A waterproof membrane keeps you dry", { initialDelayInMs: 60 });
    const result = await streamedCall({ workspaceId: workspace.id, modelId: "a:stream", model });
    expect(result.value).toBe("A waterproof membrane keeps you dry");
    expect(result.timeToFirstTokenMs).toBeGreaterThanOrEqual(55);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.id, result.callId));
    expect(row!.timeToFirstTokenMs).toBe(result.timeToFirstTokenMs);
    expect(row!.latencyMs).toBeGreaterThanOrEqual(row!.timeToFirstTokenMs!);
  });

  it("serves a repeated streamed call from the exact cache at zero cost", async () => {
    const workspace = await createTestWorkspace();
    const { model, calls } = streamingModel("a:stream", "Recycled nylon shell");
    const first = await streamedCall({ workspaceId: workspace.id, modelId: "a:stream", model, cache: { sourceIds: [] } });
    const second = await streamedCall({ workspaceId: workspace.id, modelId: "a:stream", model, cache: { sourceIds: [] } });
    expect(first.cacheHit).toBe("none");
    expect(first.costUsd).toBeGreaterThan(0);
    expect(second).toMatchObject({ value: "Recycled nylon shell", cacheHit: "exact", costUsd: 0 });
    expect(calls()).toBe(1);
  });
});

describe("OpenTelemetry spans through the SDK's telemetry option", () => {
  it("emits spans named for the task and model, without prompt or output", async () => {
    const exporter = new InMemorySpanExporter();
    const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
    const integration = new OpenTelemetry({ tracer: provider.getTracer("test"), agentSpanName: "functionId" });
    const workspace = await createTestWorkspace();
    const { model } = streamingModel("a:stream", "Secret launch price is 299 EUR");
    await streamedCall({ workspaceId: workspace.id, modelId: "a:stream", model, telemetryIntegrations: [integration] });
    await provider.forceFlush();
    const spans = exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(0);
    const serialized = JSON.stringify(spans.map((span) => ({ name: span.name, attributes: span.attributes })));
    expect(serialized).toContain("brandpilot.answer-question");
    expect(serialized).toContain("a:stream".split(":")[1]);
    expect(serialized).not.toContain("What keeps the jacket dry?");
    expect(serialized).not.toContain("Secret launch price");
  });

  it("emits nothing when no exporter is configured", async () => {
    const workspace = await createTestWorkspace();
    const { model } = streamingModel("a:stream", "Plain text");
    const result = await streamedCall({ workspaceId: workspace.id, modelId: "a:stream", model });
    expect(result.value).toBe("Plain text");
  });
});

describe("budgets cover what leaves the server", () => {
  it("an exhausted budget stops hosted models but not the built-in local ones", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await setBudget(db, { workspaceId: workspace.id, monthlyCostLimitUsd: 0, monthlyTokenLimit: null });
    const { model } = streamingModel("local:free", "Local answer");
    const local = mockCatalogEntry("local:free", { hosting: "local", region: "local", pricePerMillion: { input: 0, output: 0 } });
    useTestModels({ tasks: ["answer-question"], catalog: [local], configuredProviders: new Set(["local"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveLanguageModel: () => model });
    const result = await routeModelCall<string>({
      db,
      workspaceId: workspace.id,
      userId: null,
      task: "answer-question",
      request,
      cache: false,
      run: async ({ model: m }) => {
        let text = "";
        for await (const delta of streamText({ model: m, prompt: "x", maxRetries: 0 }).textStream) text += delta;
        return { value: text, usage: { inputTokens: 1, outputTokens: 1 } };
      },
    });
    expect(result.value).toBe("Local answer");
    const hosted = streamingModel("a:paid", "Paid answer");
    await expect(streamedCall({ workspaceId: workspace.id, modelId: "a:paid", model: hosted.model })).rejects.toMatchObject({ kind: "budget_exhausted" });
    expect(hosted.calls()).toBe(0);
  });
});
