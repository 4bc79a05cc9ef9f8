import { describe, expect, it } from "vitest";
import { MODEL_CATALOG, selfHostedEntries } from "../catalog";
import { decideRoute, DEFAULT_POLICIES, type RouteRequest } from "./policy";

const request: RouteRequest = { estimatedInputTokens: 4_000, estimatedOutputTokens: 1_000, containsUnredactedPersonalData: false, usesConfidentialContext: false };
const catalog = [...MODEL_CATALOG, ...selfHostedEntries("ollama", "llama3.3:70b@standard,qwen2.5:7b@basic")];
const all = new Set(["local", "openai", "anthropic", "google", "mistral", "cohere", "ollama"]);
const decide = (overrides: Partial<Parameters<typeof decideRoute>[0]> = {}) =>
  decideRoute({
    task: "seo-asset",
    policy: DEFAULT_POLICIES["seo-asset"],
    request,
    settings: { residency: "any" },
    catalog,
    configuredProviders: all,
    isCircuitOpen: () => false,
    ...overrides,
  });
const ids = (decision: ReturnType<typeof decideRoute>) => decision.candidates.map((c) => c.id);
const reasonFor = (decision: ReturnType<typeof decideRoute>, id: string) => decision.reasons.find((r) => r.modelId === id)?.reason;

describe("routing decisions", () => {
  it("orders candidates best first and explains every model it considered", () => {
    const decision = decide();
    // Premium first; among premium models of the same latency class, the cheaper one.
    expect(ids(decision).slice(0, 3)).toEqual(["mistral:mistral-large-latest", "openai:gpt-4.1", "anthropic:claude-sonnet-4-5"]);
    expect(reasonFor(decision, "mistral:mistral-large-latest")).toMatch(/^chosen/);
    expect(ids(decision).at(-1)).toBe("ollama:qwen2.5:7b");
    const considered = new Set(decision.reasons.map((r) => r.modelId));
    expect(catalog.filter((e) => e.kind === "language").every((e) => considered.has(e.id))).toBe(true);
  });

  it("uses only configured providers, and the local models without any key", () => {
    const noKeys = decide({ task: "embed", policy: DEFAULT_POLICIES.embed, configuredProviders: new Set(["local"]) });
    expect(ids(noKeys)).toEqual(["local:local-hash-ngram-v1"]);
    expect(reasonFor(noKeys, "openai:text-embedding-3-small")).toBe('provider "openai" is not configured');
  });

  it("keeps personal data and confidential context on local or self-hosted models", () => {
    for (const flags of [{ containsUnredactedPersonalData: true }, { usesConfidentialContext: true }]) {
      const decision = decide({ request: { ...request, ...flags } });
      expect(decision.candidates.every((c) => c.hosting !== "external")).toBe(true);
      expect(ids(decision)).toContain("ollama:llama3.3:70b");
      expect(reasonFor(decision, "openai:gpt-4.1")).toMatch(/local or self-hosted only/);
    }
  });

  it("honours EU residency, cost ceilings, latency budgets, quality floors and open circuits", () => {
    expect(decide({ settings: { residency: "eu" } }).candidates.every((c) => c.region === "eu" || c.region === "local")).toBe(true);
    const expensive = decide({ request: { ...request, estimatedInputTokens: 150_000, estimatedOutputTokens: 8_000 } });
    expect(reasonFor(expensive, "anthropic:claude-sonnet-4-5")).toMatch(/over the \$0.5 per-call ceiling/);
    const fastOnly = decide({ policy: { ...DEFAULT_POLICIES["seo-asset"], maxLatency: "fast" } });
    expect(fastOnly.candidates.every((c) => c.latency === "fast")).toBe(true);
    const premium = decide({ policy: { ...DEFAULT_POLICIES["seo-asset"], minQuality: "premium" } });
    expect(premium.candidates.every((c) => c.quality === "premium")).toBe(true);
    const broken = decide({ isCircuitOpen: (id) => id === "mistral:mistral-large-latest" });
    expect(ids(broken)[0]).toBe("openai:gpt-4.1");
    expect(reasonFor(broken, "mistral:mistral-large-latest")).toMatch(/circuit open/);
  });

  it("puts an admin's preferred models first", () => {
    const decision = decide({ policy: { ...DEFAULT_POLICIES["seo-asset"], preferred: ["openai:gpt-4.1-mini"] } });
    expect(ids(decision)[0]).toBe("openai:gpt-4.1-mini");
  });

  it("with no keys, the built-in extractive model writes assets and answers, but nothing judges", () => {
    const localOnly = new Set(["local"]);
    expect(ids(decide({ configuredProviders: localOnly }))).toEqual(["local:extractive-v1"]);
    expect(ids(decide({ task: "answer-question", policy: DEFAULT_POLICIES["answer-question"], configuredProviders: localOnly }))).toEqual(["local:extractive-v1"]);
    const judge = decide({ task: "judge", policy: DEFAULT_POLICIES.judge, configuredProviders: localOnly });
    expect(ids(judge)).toEqual([]);
    expect(reasonFor(judge, "local:extractive-v1")).toBe("does not do the task judge");
  });

  it("pins embeddings to the index's model whatever else is configured", () => {
    const decision = decide({
      task: "embed",
      policy: { ...DEFAULT_POLICIES.embed, onlyModels: { ids: ["openai:text-embedding-3-small"], reason: "vectors of other models are not comparable" } },
    });
    expect(ids(decision)).toEqual(["openai:text-embedding-3-small"]);
    expect(reasonFor(decision, "local:local-hash-ngram-v1")).toBe("vectors of other models are not comparable");
    const confidential = decide({
      task: "embed",
      request: { ...request, usesConfidentialContext: true },
      policy: { ...DEFAULT_POLICIES.embed, onlyModels: { ids: ["openai:text-embedding-3-small"], reason: "pinned" } },
    });
    expect(ids(confidential)).toEqual([]);
    expect(reasonFor(confidential, "openai:text-embedding-3-small")).toMatch(/confidential context/);
  });
});
