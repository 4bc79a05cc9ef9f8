import { describe, expect, it } from "vitest";
import { generateText, Output } from "ai";
import { z } from "zod";
import { apiError, scriptedModel, textResult } from "@/lib/testing/mock-models";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "./circuit-breaker";
import { RouterError } from "./errors";
import { backoffDelayMs, executeWithFallback } from "./execute";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";

const entry = (id: string) => mockCatalogEntry(id, { pricePerMillion: { input: 1, output: 1 }, quality: "standard" });

const headlineSchema = z.object({ headline: z.string().max(30) });
const VALID = textResult(JSON.stringify({ headline: "Dry on every trail" }));
const INVALID = textResult(JSON.stringify({ headline: "This headline is far too long for the thirty character limit" }));

/** Runs the router over scripted models, calling them the way the asset pipeline will. */
async function route(scripts: Record<string, Parameters<typeof scriptedModel>[1]>, options: { breaker?: CircuitBreaker; timeoutMs?: number } = {}) {
  const models = Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, scriptedModel(id, script)]));
  const sleeps: number[] = [];
  const result = executeWithFallback({
    candidates: Object.keys(scripts).map(entry),
    breaker: options.breaker ?? new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    timeoutMs: options.timeoutMs ?? 1_000,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
    run: async (candidate, signal) => {
      const { output } = await generateText({
        model: models[candidate.id]!,
        prompt: "Write a headline",
        output: Output.object({ schema: headlineSchema }),
        abortSignal: signal,
        maxRetries: 0,
      });
      return output;
    },
  });
  return { result, models, sleeps };
}

describe("router execution", () => {
  it("retries a 500 with backoff, then falls back to the next model", async () => {
    const { result, models, sleeps } = await route({ "a:primary": [apiError(500)], "b:backup": [VALID] });
    const { value, model, attempts } = await result;
    expect(value).toEqual({ headline: "Dry on every trail" });
    expect(model.id).toBe("b:backup");
    expect(models["a:primary"]!.doGenerateCalls).toHaveLength(3);
    expect(sleeps).toEqual([125, 250]);
    expect(attempts.map((a) => [a.modelId, a.outcome])).toEqual([
      ["a:primary", "retryable"],
      ["a:primary", "retryable"],
      ["a:primary", "retryable"],
      ["b:backup", "success"],
    ]);
    expect(attempts[0]).toMatchObject({ statusCode: 500 });
  });

  it("does not retry a 400: it moves straight to the next model", async () => {
    const { result, models } = await route({ "a:primary": [apiError(400)], "b:backup": [VALID] });
    expect((await result).model.id).toBe("b:backup");
    expect(models["a:primary"]!.doGenerateCalls).toHaveLength(1);
  });

  it("times out a hanging model and falls back, without waiting past the timeout", async () => {
    const started = Date.now();
    const { result } = await route({ "a:slow": ["hang"], "b:backup": [VALID] }, { timeoutMs: 50 });
    const { model, attempts } = await result;
    expect(model.id).toBe("b:backup");
    expect(attempts.filter((a) => a.outcome === "timeout")).toHaveLength(3);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("treats output that fails the schema as its own class and falls back at once", async () => {
    const { result, models } = await route({ "a:sloppy": [INVALID], "b:backup": [VALID] });
    const { model, attempts } = await result;
    expect(model.id).toBe("b:backup");
    expect(attempts[0]).toMatchObject({ modelId: "a:sloppy", outcome: "invalid_output" });
    expect(models["a:sloppy"]!.doGenerateCalls).toHaveLength(1);
  });

  it("ends in a typed error with the attempt chain when every model fails, never a raw provider error", async () => {
    const { result } = await route({ "a:one": [apiError(401)], "b:two": [apiError(503)] });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouterError);
    expect(error).toMatchObject({ kind: "all_candidates_failed", message: expect.not.stringContaining("sk-123") });
    expect((error as RouterError).attempts.map((a) => a.outcome)).toEqual(["fatal", "retryable", "retryable", "retryable"]);
  });

  it("answers no_candidate when the policy left nothing to try", async () => {
    const outcome = executeWithFallback({ candidates: [], breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), timeoutMs: 10, run: async () => 1 });
    await expect(outcome).rejects.toMatchObject({ kind: "no_candidate" });
  });

  it("skips a model whose circuit is open", async () => {
    const breaker = new CircuitBreaker({ failureRateThreshold: 0.5, minimumCalls: 1, windowMs: 60_000, cooldownMs: 60_000 });
    breaker.recordFailure("a:down");
    const { result, models } = await route({ "a:down": [VALID], "b:backup": [VALID] }, { breaker });
    const { model, attempts } = await result;
    expect(model.id).toBe("b:backup");
    expect(attempts[0]).toMatchObject({ modelId: "a:down", outcome: "skipped_circuit_open" });
    expect(models["a:down"]!.doGenerateCalls).toHaveLength(0);
  });

  it("uses full jitter for backoff", () => {
    expect(backoffDelayMs(0, 250, () => 0.999)).toBe(249);
    expect(backoffDelayMs(3, 250, () => 0.5)).toBe(1000);
    expect(backoffDelayMs(3, 250, () => 0)).toBe(0);
  });
});

describe("circuit breaker", () => {
  it("stays closed for a provider failing now and then, and opens when most calls fail", () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failureRateThreshold: 0.5, minimumCalls: 10, windowMs: 10_000, cooldownMs: 30_000, now: () => now });
    // 20 % failures: degraded, still useful.
    for (let i = 0; i < 50; i++) (i % 5 === 0 ? breaker.recordFailure("m") : breaker.recordSuccess("m"));
    expect(breaker.state("m")).toBe("closed");
    // Fewer calls than the minimum never open it, however they went.
    now = 20_000; // the earlier outcomes left the window
    for (let i = 0; i < 9; i++) breaker.recordFailure("m");
    expect(breaker.state("m")).toBe("closed");
    breaker.recordFailure("m");
    expect(breaker.state("m")).toBe("open");
    expect(breaker.allows("m")).toBe(false);

    now += 30_000;
    expect(breaker.state("m")).toBe("half-open");
    expect(breaker.allows("m")).toBe(true);
    expect(breaker.allows("m")).toBe(false); // one probe at a time
    breaker.recordFailure("m");
    expect(breaker.state("m")).toBe("open");

    now += 30_000;
    expect(breaker.allows("m")).toBe(true);
    breaker.recordSuccess("m");
    expect(breaker.state("m")).toBe("closed");
    expect(breaker.allows("m")).toBe(true);
  });
});

describe("a caller that goes away", () => {
  const neverAnswers = (signal: AbortSignal) => new Promise<never>((_, reject) => signal.addEventListener("abort", () => reject(signal.reason), { once: true }));

  it("ends as aborted: no retry, no fallback, and no failure for the breaker", async () => {
    const breaker = new CircuitBreaker({ ...DEFAULT_BREAKER_OPTIONS, minimumCalls: 1 });
    const caller = new AbortController();
    const tried: string[] = [];
    const pending = executeWithFallback({
      candidates: [entry("a:one"), entry("b:two")],
      breaker,
      timeoutMs: 5_000,
      abortSignal: caller.signal,
      sleep: async () => {},
      run: (candidate, signal) => {
        tried.push(candidate.id);
        return neverAnswers(signal);
      },
    });
    setTimeout(() => caller.abort(new Error("client disconnected")), 5);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouterError);
    expect(error).toMatchObject({ kind: "aborted", attempts: [{ modelId: "a:one", outcome: "aborted" }] });
    expect(tried).toEqual(["a:one"]);
    expect(breaker.state("a:one")).toBe("closed");
  });

  it("gives a half-open probe back, so the next call can probe", async () => {
    let now = 0;
    const breaker = new CircuitBreaker({ ...DEFAULT_BREAKER_OPTIONS, minimumCalls: 1, now: () => now });
    breaker.recordFailure("a:one");
    now += DEFAULT_BREAKER_OPTIONS.cooldownMs;
    const caller = new AbortController();
    const pending = executeWithFallback({ candidates: [entry("a:one")], breaker, timeoutMs: 5_000, abortSignal: caller.signal, run: (_, signal) => neverAnswers(signal) });
    caller.abort();
    await expect(pending).rejects.toMatchObject({ kind: "aborted" });
    expect(breaker.allows("a:one")).toBe(true);
  });

  it("sends nothing when the caller is already gone", async () => {
    const caller = new AbortController();
    caller.abort();
    let calls = 0;
    const pending = executeWithFallback({ candidates: [entry("a:one")], breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), timeoutMs: 1_000, abortSignal: caller.signal, run: async () => ++calls });
    await expect(pending).rejects.toMatchObject({ kind: "aborted", attempts: [] });
    expect(calls).toBe(0);
  });
});
