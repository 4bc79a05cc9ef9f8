import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { generateText, Output } from "ai";
import { z } from "zod";
import { getDb } from "@/lib/db/client";
import { modelCalls, workspaceRoutingSettings } from "@/lib/db/schema";
import { createTestUser, createTestWorkspace } from "@/lib/testing/fixtures";
import { apiError, scriptedModel, textResult } from "@/lib/testing/mock-models";
import type { CatalogEntry } from "./catalog";
import { routeModelCall } from "./router";
import { getBudgetStatus, recordUsage, setBudget } from "./routing/budget";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "./routing/circuit-breaker";
import { RouterError } from "./routing/errors";
import { saveRoutingSettings } from "./routing/settings";
import { mockCatalogEntry } from "@/lib/testing/catalog-fixtures";
import { useTestModels } from "@/lib/testing/routed-models";

// $10 per million in and out: 1,000 + 500 tokens cost $0.015.
const entry = (id: string, overrides: Partial<CatalogEntry> = {}) => mockCatalogEntry(id, overrides);
const schema = z.object({ headline: z.string() });
const request = { estimatedInputTokens: 1_000, estimatedOutputTokens: 500, containsUnredactedPersonalData: false, usesConfidentialContext: false };

async function callWith(options: {
  workspaceId: string;
  userId?: string | null;
  scripts: Record<string, Parameters<typeof scriptedModel>[1]>;
  catalog?: CatalogEntry[];
  request?: typeof request;
  cache?: { sourceIds: string[]; scope?: string } | false;
  prompt?: string;
}) {
  const models = Object.fromEntries(Object.entries(options.scripts).map(([id, script]) => [id, scriptedModel(id, script)]));
  const catalog = options.catalog ?? Object.keys(options.scripts).map((id) => entry(id));
  useTestModels({
    tasks: ["seo-asset"],
    catalog,
    configuredProviders: new Set(catalog.map((c) => c.provider)),
    breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS),
    timeoutMs: 1_000,
    sleep: async () => {},
    resolveLanguageModel: (entry) => models[entry.id]!,
  });
  const result = routeModelCall({
    db: await getDb(),
    workspaceId: options.workspaceId,
    userId: options.userId ?? null,
    task: "seo-asset",
    request: options.request ?? request,
    cache: options.cache ?? false,
    run: async ({ model, signal }) => {
      const { output, usage } = await generateText({
        model,
        prompt: options.prompt ?? "headline please",
        output: Output.object({ schema }),
        abortSignal: signal,
        maxRetries: 0,
      });
      return { value: output, usage: { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 } };
    },
  });
  return { result, models };
}

const VALID = textResult(JSON.stringify({ headline: "Dry on every trail" }), { input: 1_000, output: 500 });

describe("routed model calls", () => {
  it("records the decision, the attempt chain, tokens, cost and latency of every call", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const { result } = await callWith({ workspaceId: workspace.id, scripts: { "a:primary": [apiError(503)], "b:backup": [VALID] } });
    const { value, model, costUsd, callId } = await result;
    expect(value).toEqual({ headline: "Dry on every trail" });
    expect(model.id).toBe("b:backup");
    expect(costUsd).toBeCloseTo(0.015);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.id, callId));
    expect(row).toMatchObject({ workspaceId: workspace.id, task: "seo-asset", chosenModel: "b:backup", inputTokens: 1_000, outputTokens: 500, errorClass: null });
    expect(row!.costUsd).toBeCloseTo(0.015);
    expect(row!.reasons.map((r) => r.modelId)).toEqual(["a:primary", "b:backup"]);
    expect(row!.attempts.map((a) => a.outcome)).toEqual(["retryable", "retryable", "retryable", "success"]);
    expect((await getBudgetStatus(db, { workspaceId: workspace.id })).spentUsd).toBeCloseTo(0.015);
  });

  it("warns at 80 % of the monthly budget and stops at 100 % with a message naming the budget", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await setBudget(db, { workspaceId: workspace.id, monthlyCostLimitUsd: 1, monthlyTokenLimit: null });
    await recordUsage(db, { workspaceId: workspace.id, costUsd: 0.79, tokens: 0 });
    const first = await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] } });
    expect((await first.result).budgetWarning).toMatch(/80 % of the monthly cost budget of \$1\.00/);

    await recordUsage(db, { workspaceId: workspace.id, costUsd: 0.2, tokens: 0 });
    const blocked = await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] } });
    const error = await blocked.result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RouterError);
    expect(error).toMatchObject({ kind: "budget_exhausted", message: expect.stringContaining("monthly cost budget of $1.00 is used up") });
    expect(blocked.models["a:model"]!.doGenerateCalls).toHaveLength(0);
    const rows = await db.select().from(modelCalls).where(eq(modelCalls.workspaceId, workspace.id));
    expect(rows.map((r) => r.errorClass).sort()).toEqual(["budget_exhausted", null].sort());
  });

  it("keeps personal data and confidential context away from external models", async () => {
    const workspace = await createTestWorkspace();
    const catalog = [entry("ext:big"), entry("own:local-llm", { hosting: "self-hosted", quality: "standard" })];
    const { result, models } = await callWith({
      workspaceId: workspace.id,
      catalog,
      scripts: { "ext:big": [VALID], "own:local-llm": [VALID] },
      request: { ...request, containsUnredactedPersonalData: true },
    });
    expect((await result).model.id).toBe("own:local-llm");
    expect(models["ext:big"]!.doGenerateCalls).toHaveLength(0);
  });

  it("honours the workspace's EU residency setting", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await db.insert(workspaceRoutingSettings).values({ workspaceId: workspace.id, residency: "eu" });
    const catalog = [entry("us:fast", { region: "us" }), entry("eu:ok", { region: "eu", quality: "standard" })];
    const { result, models } = await callWith({ workspaceId: workspace.id, catalog, scripts: { "us:fast": [VALID], "eu:ok": [VALID] } });
    const { model, decision } = await result;
    expect(model.id).toBe("eu:ok");
    expect(models["us:fast"]!.doGenerateCalls).toHaveLength(0);
    expect(decision.reasons.find((r) => r.modelId === "us:fast")?.reason).toMatch(/residency EU/);
  });

  it("applies a saved residency change to the very next call on this instance (settings cache dropped on save)", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const catalog = [entry("us:fast", { region: "us" }), entry("eu:ok", { region: "eu", quality: "standard" })];
    const before = await (await callWith({ workspaceId: workspace.id, catalog, scripts: { "us:fast": [VALID], "eu:ok": [VALID] } })).result;
    expect(before.model.id).toBe("us:fast");
    await saveRoutingSettings(db, { workspaceId: workspace.id, residency: "eu", policyOverrides: {} });
    const after = await (await callWith({ workspaceId: workspace.id, catalog, scripts: { "us:fast": [VALID], "eu:ok": [VALID] } })).result;
    expect(after.model.id).toBe("eu:ok");
  });

  it("answers a typed rate-limit error once a user exceeds the per-minute limit", async () => {
    const workspace = await createTestWorkspace();
    const user = await createTestUser();
    const { env } = await import("@/lib/env");
    for (let i = 0; i < env.MODEL_REQUESTS_PER_USER_PER_MINUTE; i++) {
      await (await callWith({ workspaceId: workspace.id, userId: user.id, scripts: { "a:model": [VALID] } })).result;
    }
    const limited = await callWith({ workspaceId: workspace.id, userId: user.id, scripts: { "a:model": [VALID] } });
    await expect(limited.result).rejects.toMatchObject({ kind: "rate_limited", message: expect.stringMatching(/Try again in \d+ s/) });
    expect(limited.models["a:model"]!.doGenerateCalls).toHaveLength(0);

    // Background work for the same user (a batch) is recorded for them but not limited as their clicks.
    useTestModels({ tasks: ["seo-asset"], catalog: [entry("a:model")], configuredProviders: new Set(["a"]), breaker: new CircuitBreaker(DEFAULT_BREAKER_OPTIONS), resolveLanguageModel: () => scriptedModel("a:model", [VALID]) });
    const background = await routeModelCall({
      db: await getDb(),
      workspaceId: workspace.id,
      userId: user.id,
      skipUserRateLimit: true,
      task: "seo-asset",
      request,
      cache: false,
      run: async ({ model, signal }) => {
        const { output, usage } = await generateText({ model, prompt: "headline please", output: Output.object({ schema }), abortSignal: signal, maxRetries: 0 });
        return { value: output, usage: { inputTokens: usage.inputTokens ?? 0, outputTokens: usage.outputTokens ?? 0 } };
      },
    });
    expect(background.value).toEqual({ headline: "Dry on every trail" });
  });
});

describe("response cache", () => {
  it("answers an identical request from the exact cache at zero cost, recorded as a hit", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    const first = await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_a"] } });
    expect((await first.result).cacheHit).toBe("none");
    const second = await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_a"] } });
    const hit = await second.result;
    expect(hit).toMatchObject({ cacheHit: "exact", costUsd: 0, value: { headline: "Dry on every trail" } });
    expect(second.models["a:model"]!.doGenerateCalls).toHaveLength(0);
    const [row] = await db.select().from(modelCalls).where(eq(modelCalls.id, hit.callId));
    expect(row).toMatchObject({ cacheHit: "exact", inputTokens: 0, outputTokens: 0 });
  });

  it("answers a near-identical request from the semantic cache, never across workspaces", async () => {
    const workspace = await createTestWorkspace();
    const other = await createTestWorkspace();
    const ask = (workspaceId: string, prompt: string) =>
      callWith({ workspaceId, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_a"] }, prompt });
    await (await ask(workspace.id, "Write a headline for the Fjell shell jacket, waterproof and light")).result;
    const similar = await ask(workspace.id, "Write a headline for the Fjell shell jacket: waterproof and light!");
    expect((await similar.result).cacheHit).toBe("semantic");
    expect(similar.models["a:model"]!.doGenerateCalls).toHaveLength(0);
    const elsewhere = await ask(other.id, "Write a headline for the Fjell shell jacket, waterproof and light");
    expect((await elsewhere.result).cacheHit).toBe("none");
    expect(elsewhere.models["a:model"]!.doGenerateCalls).toHaveLength(1);
  });

  it("never serves an answer across visibility scopes (confidential readers vs others)", async () => {
    const workspace = await createTestWorkspace();
    const ask = (scope: string, prompt: string) => callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_a"], scope }, prompt });
    await (await ask("classifications:public,internal,confidential", "What is the launch price of the Fjell Pro?")).result;
    const otherScope = await ask("classifications:public,internal", "What is the launch price of the Fjell Pro?");
    expect((await otherScope.result).cacheHit).toBe("none");
    expect(otherScope.models["a:model"]!.doGenerateCalls).toHaveLength(1);
    const sameScope = await ask("classifications:public,internal,confidential", "What is the launch price of the Fjell Pro??");
    expect((await sameScope.result).cacheHit).toBe("semantic");
  });

  it("drops cached answers when a source they drew on changes", async () => {
    const db = await getDb();
    const workspace = await createTestWorkspace();
    await (await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_changed"] } })).result;
    const { invalidateModelCache } = await import("./cache/cache-middleware");
    await invalidateModelCache(db, { workspaceId: workspace.id, sourceIds: ["src_changed"] });
    const again = await callWith({ workspaceId: workspace.id, scripts: { "a:model": [VALID] }, cache: { sourceIds: ["src_changed"] } });
    expect((await again.result).cacheHit).toBe("none");
    expect(again.models["a:model"]!.doGenerateCalls).toHaveLength(1);
  });
});
