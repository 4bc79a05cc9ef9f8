import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { streamText } from "ai";
import { getDb } from "@/lib/db/client";
import { modelCallPayloads, modelCalls, modelUsageMonthly } from "@/lib/db/schema";
import { createTestWorkspace } from "@/lib/testing/fixtures";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";
import { MODEL_CATALOG } from "../catalog";
import { buildModelRegistry } from "../registry";
import { routeModelCall } from "../router";
import { CircuitBreaker } from "../routing/circuit-breaker";
import { setBudget } from "../routing/budget";
import { RouterError } from "../routing/errors";
import { estimatePromptTokens, estimateTokens } from "./estimate-tokens";

/**
 * A real OpenAI-compatible HTTP server on 127.0.0.1 (port 0), answering chat completions as SSE
 * streams. The model name picks the behaviour: `with-usage` ends with a usage chunk, `no-usage`
 * never sends one, `slow` trickles chunks until the client goes away.
 */
type Logged = { model: string; stream_options?: { include_usage?: boolean }; messages: { role: string; content: unknown }[] };
const logged: Logged[] = [];
let server: http.Server;
let baseURL = "";
const REPLY = ["A waterproof", " membrane keeps", " you dry."];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const parsed = JSON.parse(body || "{}") as Logged;
      logged.push(parsed);
      response.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
        `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: parsed.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      if (parsed.model === "slow") {
        const timer = setInterval(() => response.write(chunk({ content: " more" })), 20);
        response.on("close", () => clearInterval(timer));
        response.write(chunk({ role: "assistant", content: "Thinking" }));
        return;
      }
      response.write(chunk({ role: "assistant", content: "" }));
      for (const text of REPLY) response.write(chunk({ content: text }));
      response.write(chunk({}, "stop"));
      if (parsed.model === "with-usage" && parsed.stream_options?.include_usage) {
        response.write(`data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", created: 1, model: parsed.model, choices: [], usage: { prompt_tokens: 321, completion_tokens: 12, total_tokens: 333 } })}\n\n`);
      }
      response.end("data: [DONE]\n\n");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const INSTRUCTIONS = "Answer from the sources.";
const PROMPT = "What keeps the jacket dry?";
const localExtractive = MODEL_CATALOG.find((entry) => entry.id === "local:extractive-v1")!;

/** The router over the real provider registry, pointed at the test server as provider `mockai`. */
function installServer(modelIds: string[], options: { withLocal?: boolean; breaker?: CircuitBreaker } = {}) {
  const registry = buildModelRegistry({ OPENAI_COMPATIBLE_BASE_URL: baseURL, OPENAI_COMPATIBLE_NAME: "mockai", OPENAI_COMPATIBLE_API_KEY: "test" });
  const catalog = [...modelIds.map((id) => mockCatalogEntry(id, { hosting: "self-hosted" })), ...(options.withLocal ? [localExtractive] : [])];
  const breaker = options.breaker ?? new CircuitBreaker({ failureRateThreshold: 0.5, minimumCalls: 1, windowMs: 60_000, cooldownMs: 60_000 });
  useTestModels({
    tasks: ["answer-question"],
    catalog,
    configuredProviders: new Set(["mockai", "local"]),
    breaker,
    resolveLanguageModel: (entry) => registry.languageModel(entry.id as `${string}:${string}`),
  });
  return breaker;
}

async function streamedAnswer(workspaceId: string, abortSignal?: AbortSignal) {
  return routeModelCall<string>({
    db: await getDb(),
    workspaceId,
    userId: null,
    task: "answer-question",
    request: { estimatedInputTokens: 50, estimatedOutputTokens: 50, containsUnredactedPersonalData: false, usesConfidentialContext: false },
    cache: false,
    abortSignal,
    run: async ({ model, signal, markFirstToken }) => {
      let failure: unknown = null;
      const result = streamText({ model, instructions: INSTRUCTIONS, prompt: PROMPT, abortSignal: signal, maxRetries: 0, onError: ({ error }) => void (failure ??= error) });
      let text = "";
      for await (const delta of result.textStream) {
        markFirstToken();
        text += delta;
      }
      if (failure) throw failure;
      const usage = await result.usage;
      return { value: text, usage: { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 } };
    },
  });
}

async function callRow(id: string) {
  const [row] = await (await getDb()).select().from(modelCalls).where(eq(modelCalls.id, id));
  return row!;
}

describe("streamed usage from an OpenAI-compatible server", () => {
  it("asks for usage in the stream and counts what the server reports", async () => {
    const workspace = await createTestWorkspace();
    installServer(["mockai:with-usage"]);
    const result = await streamedAnswer(workspace.id);
    expect(result.value).toBe(REPLY.join(""));
    expect(logged.at(-1)?.stream_options).toEqual({ include_usage: true });
    expect(result.usage).toEqual({ inputTokens: 321, outputTokens: 12 });
    expect(result.usageEstimated).toBe(false);
    const row = await callRow(result.callId);
    expect(row).toMatchObject({ inputTokens: 321, outputTokens: 12, usageEstimated: false, errorClass: null });
    const [usage] = await (await getDb()).select().from(modelUsageMonthly).where(eq(modelUsageMonthly.workspaceId, workspace.id));
    expect(usage?.tokens).toBe(333);
  });

  it("estimates, marks and counts usage when the server sends none", async () => {
    const workspace = await createTestWorkspace();
    installServer(["mockai:no-usage"]);
    const result = await streamedAnswer(workspace.id);
    const expected = {
      inputTokens: estimatePromptTokens([{ text: INSTRUCTIONS }, { text: PROMPT }]),
      outputTokens: estimateTokens(REPLY.join("")),
    };
    expect(expected.inputTokens).toBeGreaterThan(0);
    expect(result.usage).toEqual(expected);
    expect(result.usageEstimated).toBe(true);
    expect(await callRow(result.callId)).toMatchObject({ ...expected, usageEstimated: true });
    const [usage] = await (await getDb()).select().from(modelUsageMonthly).where(eq(modelUsageMonthly.workspaceId, workspace.id));
    expect(usage?.tokens).toBe(expected.inputTokens + expected.outputTokens);
    expect(usage?.costUsd).toBeGreaterThan(0);
  });

  it("stores what was sent, as sent, for the what-leaves view", async () => {
    const workspace = await createTestWorkspace();
    installServer(["mockai:with-usage"]);
    const result = await streamedAnswer(workspace.id);
    const [payload] = await (await getDb()).select().from(modelCallPayloads).where(eq(modelCallPayloads.callId, result.callId));
    expect(payload?.requests).toEqual([{ modelId: "mockai:with-usage", hosting: "self-hosted", messages: [{ role: "system", text: INSTRUCTIONS }, { role: "user", text: PROMPT }] }]);
    expect(result.sent.map((r) => r.modelId)).toEqual(["mockai:with-usage"]);
  });

  it("falls back to the local model when the budget is used up, sending nothing to the provider", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await setBudget(db, { workspaceId: workspace.id, monthlyCostLimitUsd: null, monthlyTokenLimit: 100 });
    installServer(["mockai:with-usage"], { withLocal: true });
    await streamedAnswer(workspace.id); // 333 tokens: the budget is now exhausted
    const before = logged.length;
    const result = await streamedAnswer(workspace.id);
    expect(result.model.id).toBe("local:extractive-v1");
    expect(logged.length).toBe(before);
    expect(result.sent.every((r) => r.hosting === "local")).toBe(true);
    expect(result.decision.reasons.find((r) => r.modelId === "mockai:with-usage")).toMatchObject({ outcome: "skipped", reason: expect.stringMatching(/budget exhausted/) });
    expect(await callRow(result.callId)).toMatchObject({ chosenModel: "local:extractive-v1", errorClass: null });
    // Nothing left the server: no payload is stored.
    expect(await db.select().from(modelCallPayloads).where(eq(modelCallPayloads.callId, result.callId))).toEqual([]);
  });

  it("still refuses when the budget is used up and no local model may do the task", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await setBudget(db, { workspaceId: workspace.id, monthlyCostLimitUsd: null, monthlyTokenLimit: 100 });
    installServer(["mockai:with-usage"]);
    await streamedAnswer(workspace.id);
    await expect(streamedAnswer(workspace.id)).rejects.toMatchObject({ kind: "budget_exhausted" });
  });

  it("records a client that disconnects as aborted, not as a provider failure, and keeps the circuit closed", async () => {
    const workspace = await createTestWorkspace();
    // A breaker that opens on a single failure: an abort counted as one would open it.
    const breaker = installServer(["mockai:slow"], { withLocal: true });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("client disconnected")), 120);
    const error = await streamedAnswer(workspace.id, controller.signal).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouterError);
    expect(error).toMatchObject({ kind: "aborted" });
    expect(breaker.state("mockai:slow")).toBe("closed");
    const [row] = await (await getDb()).select().from(modelCalls).where(eq(modelCalls.workspaceId, workspace.id));
    expect(row?.errorClass).toBe("aborted");
    expect(row?.attempts).toEqual([expect.objectContaining({ modelId: "mockai:slow", outcome: "aborted" })]);
    // No fallback to the local model after the client left.
    expect(row?.attempts.some((a) => a.modelId === "local:extractive-v1")).toBe(false);
  });
});
