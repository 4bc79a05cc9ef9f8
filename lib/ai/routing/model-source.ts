import type { EmbeddingModelV4, LanguageModelV4, RerankingModelV4 } from "@ai-sdk/provider";
import type { Telemetry } from "ai";
import type { CatalogEntry } from "../catalog";
import type { CircuitBreaker } from "./circuit-breaker";
import type { Task } from "./policy";

/**
 * Where the router gets its models from: the routing catalog and the provider registry, unless a
 * substitute source is installed. Only `lib/testing/routed-models.ts` installs one (tests and the
 * router benchmark); no production code path does, so domain functions (generation, answers,
 * embeddings) carry no test options of their own.
 */
export type ModelSourceOverride = {
  /** The tasks the substitute applies to; the others keep the real source. Default: every task. */
  tasks?: readonly Task[];
  catalog?: readonly CatalogEntry[];
  configuredProviders?: ReadonlySet<string>;
  breaker?: CircuitBreaker;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  resolveLanguageModel?: (entry: CatalogEntry) => LanguageModelV4;
  resolveEmbeddingModel?: (entry: CatalogEntry) => EmbeddingModelV4;
  resolveRerankingModel?: (entry: CatalogEntry) => RerankingModelV4;
  /** Per-call telemetry integrations (a test's in-memory span exporter). */
  telemetryIntegrations?: Telemetry[];
};

const slot = globalThis as typeof globalThis & { __brandpilotModelSource?: ModelSourceOverride | null };

export function installModelSourceOverride(override: ModelSourceOverride | null): void {
  slot.__brandpilotModelSource = override;
}

/** The substitute for this task, or an empty object (the real catalog, providers and breaker). */
export function modelSourceOverrideFor(task: Task): Omit<ModelSourceOverride, "tasks"> {
  const override = slot.__brandpilotModelSource;
  if (!override || (override.tasks && !override.tasks.includes(task))) return {};
  return override;
}
