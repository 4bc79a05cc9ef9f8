/**
 * The model catalog, as data: every model the router may choose, with what it can do, what it
 * costs and where it runs. No model id appears anywhere else in the code (the registry resolves
 * `provider:model` ids from here and from the environment).
 *
 * Prices are list prices in USD per million tokens as published by each provider (checked
 * 2026-11); admins see them next to spend, and they only feed estimates and budgets.
 */
export const HOSTING = ["local", "self-hosted", "external"] as const;
export type Hosting = (typeof HOSTING)[number];
export const QUALITY_TIERS = ["basic", "standard", "premium"] as const;
export type QualityTier = (typeof QUALITY_TIERS)[number];
export type LatencyClass = "fast" | "medium" | "slow";
export type ModelKind = "language" | "embedding" | "reranking";

export type CatalogEntry = {
  /** Registry id: `provider:model`. */
  id: string;
  provider: string;
  kind: ModelKind;
  label: string;
  capabilities: { structuredOutput: boolean; tools: boolean; contextWindow: number };
  pricePerMillion: { input: number; output: number };
  hosting: Hosting;
  /** Where the data is processed: "local" (this server), "eu", "us", "global". */
  region: "local" | "eu" | "us" | "global";
  quality: QualityTier;
  latency: LatencyClass;
  /** Set for special-purpose models (the extractive generator): the only tasks they can do. */
  tasks?: readonly string[];
};

const local = (entry: Omit<CatalogEntry, "provider" | "hosting" | "region" | "pricePerMillion">): CatalogEntry => ({
  ...entry,
  provider: "local",
  hosting: "local",
  region: "local",
  pricePerMillion: { input: 0, output: 0 },
});

export const MODEL_CATALOG: readonly CatalogEntry[] = [
  local({ id: "local:local-hash-ngram-v1", kind: "embedding", label: "Local hashed n-gram embedder", capabilities: { structuredOutput: false, tools: false, contextWindow: 100_000 }, quality: "basic", latency: "fast" }),
  local({
    id: "local:extractive-v1", kind: "language", label: "Local extractive model",
    // Structured output through its registered writers; no tools. It only recombines retrieved
    // facts, so it can do the grounded writing tasks but not judge or free-form rewriting styles;
    // for extract-rules it runs the heuristic rule extractor (lib/brand-rules/extract).
    // The judge task's candidates are the hosted models; without one, runJudge uses the local
    // heuristic judge (lib/ai/tasks/judge/local-judge.ts), which is rules, not a model.
    capabilities: { structuredOutput: true, tools: false, contextWindow: 1_000_000 }, quality: "basic", latency: "fast",
    tasks: ["seo-asset", "ad-variants", "rewrite-field", "answer-question", "extract-rules"],
  }),
  local({ id: "local:bm25-vector-v1", kind: "reranking", label: "Local BM25 + vector reranker", capabilities: { structuredOutput: false, tools: false, contextWindow: 100_000 }, quality: "basic", latency: "fast" }),
  {
    id: "openai:gpt-4.1-mini", provider: "openai", kind: "language", label: "GPT-4.1 mini",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 1_047_576 }, pricePerMillion: { input: 0.4, output: 1.6 },
    hosting: "external", region: "us", quality: "standard", latency: "fast",
  },
  {
    id: "openai:gpt-4.1", provider: "openai", kind: "language", label: "GPT-4.1",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 1_047_576 }, pricePerMillion: { input: 2, output: 8 },
    hosting: "external", region: "us", quality: "premium", latency: "medium",
  },
  {
    id: "openai:text-embedding-3-small", provider: "openai", kind: "embedding", label: "OpenAI text-embedding-3-small",
    capabilities: { structuredOutput: false, tools: false, contextWindow: 8_191 }, pricePerMillion: { input: 0.02, output: 0 },
    hosting: "external", region: "us", quality: "standard", latency: "fast",
  },
  {
    id: "openai:text-embedding-3-large", provider: "openai", kind: "embedding", label: "OpenAI text-embedding-3-large",
    capabilities: { structuredOutput: false, tools: false, contextWindow: 8_191 }, pricePerMillion: { input: 0.13, output: 0 },
    hosting: "external", region: "us", quality: "premium", latency: "fast",
  },
  {
    id: "mistral:mistral-embed", provider: "mistral", kind: "embedding", label: "Mistral Embed",
    capabilities: { structuredOutput: false, tools: false, contextWindow: 8_192 }, pricePerMillion: { input: 0.1, output: 0 },
    hosting: "external", region: "eu", quality: "standard", latency: "fast",
  },
  {
    id: "cohere:embed-multilingual-v3.0", provider: "cohere", kind: "embedding", label: "Cohere Embed Multilingual 3",
    capabilities: { structuredOutput: false, tools: false, contextWindow: 512 }, pricePerMillion: { input: 0.1, output: 0 },
    hosting: "external", region: "global", quality: "standard", latency: "fast",
  },
  {
    id: "anthropic:claude-sonnet-4-5", provider: "anthropic", kind: "language", label: "Claude Sonnet 4.5",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 200_000 }, pricePerMillion: { input: 3, output: 15 },
    hosting: "external", region: "us", quality: "premium", latency: "medium",
  },
  {
    id: "anthropic:claude-haiku-4-5", provider: "anthropic", kind: "language", label: "Claude Haiku 4.5",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 200_000 }, pricePerMillion: { input: 1, output: 5 },
    hosting: "external", region: "us", quality: "standard", latency: "fast",
  },
  {
    id: "google:gemini-2.5-flash", provider: "google", kind: "language", label: "Gemini 2.5 Flash",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 1_048_576 }, pricePerMillion: { input: 0.3, output: 2.5 },
    hosting: "external", region: "global", quality: "standard", latency: "fast",
  },
  {
    id: "google:gemini-2.5-pro", provider: "google", kind: "language", label: "Gemini 2.5 Pro",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 1_048_576 }, pricePerMillion: { input: 1.25, output: 10 },
    hosting: "external", region: "global", quality: "premium", latency: "slow",
  },
  {
    id: "mistral:mistral-medium-latest", provider: "mistral", kind: "language", label: "Mistral Medium",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 128_000 }, pricePerMillion: { input: 0.4, output: 2 },
    hosting: "external", region: "eu", quality: "standard", latency: "fast",
  },
  {
    id: "mistral:mistral-large-latest", provider: "mistral", kind: "language", label: "Mistral Large",
    capabilities: { structuredOutput: true, tools: true, contextWindow: 128_000 }, pricePerMillion: { input: 2, output: 6 },
    hosting: "external", region: "eu", quality: "premium", latency: "medium",
  },
  {
    id: "cohere:rerank-v3.5", provider: "cohere", kind: "reranking", label: "Cohere Rerank 3.5",
    capabilities: { structuredOutput: false, tools: false, contextWindow: 4_096 }, pricePerMillion: { input: 0, output: 0 },
    hosting: "external", region: "global", quality: "premium", latency: "fast",
  },
];

/**
 * Models served by the configured OpenAI-compatible server (Ollama, vLLM, LM Studio), declared
 * in OPENAI_COMPATIBLE_MODELS as `model[:quality]` entries. They run on the operator's own
 * hardware: self-hosted, no per-token price.
 */
export function selfHostedEntries(providerName: string, declaration: string | undefined): CatalogEntry[] {
  if (!declaration) return [];
  return declaration
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [model, quality] = part.split("@") as [string, string | undefined];
      return {
        id: `${providerName}:${model}`,
        provider: providerName,
        kind: "language" as const,
        label: `${model} (self-hosted)`,
        capabilities: { structuredOutput: true, tools: false, contextWindow: 32_768 },
        pricePerMillion: { input: 0, output: 0 },
        hosting: "self-hosted" as const,
        region: "local" as const,
        quality: (QUALITY_TIERS as readonly string[]).includes(quality ?? "") ? (quality as QualityTier) : "standard",
        latency: "medium" as const,
      };
    });
}

export function estimateCostUsd(entry: CatalogEntry, tokens: { input: number; output: number }): number {
  return (tokens.input * entry.pricePerMillion.input + tokens.output * entry.pricePerMillion.output) / 1_000_000;
}

/**
 * An embedding or rerank model named in EMBEDDING_MODEL / RERANK_MODEL that the catalog does not
 * list (a self-hosted embedder, a newer hosted one) still needs an entry, so routing and the data
 * protection rules see it: self-hosted on the OpenAI-compatible server, external otherwise, with
 * no known price (spend estimates for it read $0).
 */
export function entryForConfiguredModel(id: string, kind: "embedding" | "reranking", selfHostedProvider: string): CatalogEntry {
  const provider = id.slice(0, id.indexOf(":"));
  const isSelfHosted = provider === selfHostedProvider;
  return {
    id,
    provider,
    kind,
    label: `${id.slice(id.indexOf(":") + 1)} (from configuration)`,
    capabilities: { structuredOutput: false, tools: false, contextWindow: 8_192 },
    pricePerMillion: { input: 0, output: 0 },
    hosting: provider === "local" ? "local" : isSelfHosted ? "self-hosted" : "external",
    region: provider === "local" || isSelfHosted ? "local" : "global",
    quality: "standard",
    latency: "fast",
  };
}
