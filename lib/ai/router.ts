import "server-only";
import { eq } from "drizzle-orm";
import { modelCalls, workspaceRetention, workspaceRoutingSettings } from "@/lib/db/schema";
import { RETENTION_KINDS } from "@/lib/data-protection/retention/periods";
import { createAccountingMiddleware, type SentRequest } from "./usage/accounting-middleware";
import { storeCallPayload } from "./usage/call-payloads";
import { accountedEmbeddingModel, accountedRerankingModel } from "./usage/text-model-accounting";
import type { Database } from "@/lib/db/types";
import { env } from "@/lib/env";
import { createId } from "@/lib/ids";
import { entryForConfiguredModel, estimateCostUsd, MODEL_CATALOG, selfHostedEntries, type CatalogEntry } from "./catalog";
import { wrapLanguageModel } from "ai";
import type { EmbeddingModelV4, LanguageModelV4, RerankingModelV4 } from "@ai-sdk/provider";
import { modelSourceOverrideFor } from "./routing/model-source";
import { configuredProviders as providersFromConfig, modelRegistry } from "./registry";
import { createCacheMiddleware, discardCachedAnswer, type CacheHitKind } from "./cache/cache-middleware";
import { budgetStatusFrom, getBudgetStatus, recordUsage } from "./routing/budget";
import { notifyBudgetCrossing } from "@/lib/notifications/budget-notifications";
import { enqueueBudgetWarning } from "@/lib/webhooks/budget-events";
import { mailNotificationsAfterResponse } from "@/lib/notifications/mail-notifications";
import { CircuitBreaker, DEFAULT_BREAKER_OPTIONS } from "./routing/circuit-breaker";
import { RouterError, type AttemptRecord } from "./routing/errors";
import { executeWithFallback } from "./routing/execute";
import { decideRoute, DEFAULT_POLICIES, type RouteDecision, type RouteRequest, type RoutingPolicy, type Task, type WorkspaceRoutingSettings } from "./routing/policy";
import { consumeModelRequest } from "./routing/user-rate-limit";
import type { TelemetryOptions } from "ai";
import { modelCallTelemetry } from "@/lib/telemetry/model-call-telemetry";

export type ModelUsage = { inputTokens: number; outputTokens: number };

/** What `run` gets for one attempt on one model. */
export type RoutedAttempt = {
  entry: CatalogEntry;
  /** The chosen language model, already wrapped in the response cache (resolved on first use). */
  model: LanguageModelV4;
  /** The same model without the cache: for follow-up turns (repairs) that must reach the model. */
  uncachedModel: LanguageModelV4;
  /** The chosen model for embed and rerank tasks (resolved on first use). */
  embeddingModel: EmbeddingModelV4;
  rerankingModel: RerankingModelV4;
  signal: AbortSignal;
  /** Spread into the AI SDK call: spans per task when an OpenTelemetry exporter is configured. */
  telemetry: TelemetryOptions;
  /** Streams call this on their first chunk; the call record keeps the time to first token. */
  markFirstToken: () => void;
  /** Removes the cached answer this attempt was served or stored (the caller found it unusable). */
  discardCachedAnswer: () => Promise<void>;
};

export type RoutedCall<T> = {
  db: Database;
  workspaceId: string;
  userId: string | null;
  /** Background work on a user's behalf (batch jobs): recorded for the user, not rate-limited as their clicks. */
  skipUserRateLimit?: boolean;
  /** The caller's request: a client that disconnects ends the call as `aborted` (not a provider failure). */
  abortSignal?: AbortSignal;
  task: Task;
  request: RouteRequest;
  /** System constraints on top of the workspace's policy (e.g. embeddings pinned to the index's model). */
  policy?: Partial<RoutingPolicy>;
  /**
   * One attempt on one model: the router chooses the entry, hands over its language model already
   * wrapped in the response cache, and retries or falls back around this.
   */
  run: (attempt: RoutedAttempt) => Promise<{ value: T; usage: ModelUsage }>;
  /**
   * Response cache; `sourceIds` are the knowledge sources the prompt's context came from.
   * `semanticThreshold: null` keeps it exact-only (for outputs where a near-identical request
   * must not get another request's answer, such as one product's ad for another product).
   */
  cache?: { sourceIds: string[]; ttlSeconds?: number; semanticThreshold?: number | null; scope?: string } | false;
};

/** The decision with every model that costs budget taken out (the budget is used up). */
function withoutBudgetedModels(decision: RouteDecision, exhausted: string): RouteDecision {
  const paid = new Set(decision.candidates.filter(isBudgeted).map((entry) => entry.id));
  return {
    ...decision,
    candidates: decision.candidates.filter((entry) => !paid.has(entry.id)),
    reasons: decision.reasons.map((reason) => (paid.has(reason.modelId) ? { ...reason, outcome: "skipped" as const, reason: `budget exhausted: ${exhausted}` } : reason)),
  };
}

function tokenCount(value: number): number {
  return Number.isFinite(value) && value > 0 ? Math.round(value) : 0;
}

/** Models whose use counts against the workspace's monthly cost and token budgets. */
function isBudgeted(entry: CatalogEntry): boolean {
  return entry.hosting !== "local";
}

export const CACHE_DEFAULTS = { ttlSeconds: 7 * 24 * 3600, semanticThreshold: 0.95 };

export type RoutedResult<T> = {
  value: T;
  model: CatalogEntry;
  decision: RouteDecision;
  attempts: AttemptRecord[];
  usage: ModelUsage;
  costUsd: number;
  budgetWarning: string | null;
  cacheHit: CacheHitKind;
  callId: string;
  timeToFirstTokenMs: number | null;
  /**
   * Every request that reached a model during this call, in order (cache hits are not requests);
   * embedding and rerank requests only when they left this server (usage/text-model-accounting.ts).
   */
  sent: SentRequest[];
  /** The provider reported no usage for at least one request; the tokens include estimates. */
  usageEstimated: boolean;
};

// One breaker per app instance (see circuit-breaker.ts for why not shared).
const globalForBreaker = globalThis as typeof globalThis & { __brandpilotBreaker?: CircuitBreaker };
export const circuitBreaker = (globalForBreaker.__brandpilotBreaker ??= new CircuitBreaker(DEFAULT_BREAKER_OPTIONS));

export const ROUTING_CATALOG: readonly CatalogEntry[] = buildRoutingCatalog();

function buildRoutingCatalog(): CatalogEntry[] {
  const catalog = [...MODEL_CATALOG, ...selfHostedEntries(env.OPENAI_COMPATIBLE_NAME, env.OPENAI_COMPATIBLE_MODELS)];
  for (const [id, kind] of [[env.EMBEDDING_MODEL, "embedding"], [env.RERANK_MODEL, "reranking"]] as const) {
    if (!catalog.some((entry) => entry.id === id)) catalog.push(entryForConfiguredModel(id, kind, env.OPENAI_COMPATIBLE_NAME));
  }
  return catalog;
}

type LoadedSettings = { settings: WorkspaceRoutingSettings; overrides: Record<string, Partial<RoutingPolicy>>; payloadRetentionDays: number };

/**
 * Routing settings change rarely and are read by every call (a retrieval makes two: embed and
 * rerank), so each instance keeps them for a few seconds. A save on this instance drops its copy
 * at once (routing/settings.ts); other instances see it within SETTINGS_TTL_MS.
 */
const SETTINGS_TTL_MS = 5_000;
/**
 * How long the text sent to providers is kept when an admin has not chosen (0 = not stored).
 * The period lives with the workspace's other retention periods (workspace_retention.prompts_days,
 * edited on the Data protection page); workspace_routing_settings.payload_retention_days is no
 * longer read (migration 0012 copied it over).
 */
const DEFAULT_PAYLOAD_RETENTION_DAYS = RETENTION_KINDS.prompts.defaultDays;
const SETTINGS_CACHE_MAX = 1_000;
const globalForSettings = globalThis as typeof globalThis & { __brandpilotRoutingSettings?: Map<string, { value: LoadedSettings; expiresAt: number }> };
const settingsCache = (globalForSettings.__brandpilotRoutingSettings ??= new Map());

export function forgetRoutingSettings(workspaceId: string) {
  settingsCache.delete(workspaceId);
}

export async function loadRoutingSettings(db: Database, workspaceId: string): Promise<LoadedSettings> {
  const cached = settingsCache.get(workspaceId);
  if (cached && cached.expiresAt > Date.now()) return cached.value;
  const [row] = await db.select().from(workspaceRoutingSettings).where(eq(workspaceRoutingSettings.workspaceId, workspaceId));
  const [retention] = await db
    .select({ promptsDays: workspaceRetention.promptsDays })
    .from(workspaceRetention)
    .where(eq(workspaceRetention.workspaceId, workspaceId));
  const value = {
    settings: { residency: row?.residency ?? "any" },
    overrides: (row?.policyOverrides ?? {}) as Record<string, Partial<RoutingPolicy>>,
    payloadRetentionDays: retention?.promptsDays ?? DEFAULT_PAYLOAD_RETENTION_DAYS,
  } satisfies LoadedSettings;
  if (settingsCache.size >= SETTINGS_CACHE_MAX) settingsCache.clear();
  settingsCache.set(workspaceId, { value, expiresAt: Date.now() + SETTINGS_TTL_MS });
  return value;
}

/**
 * The one way to call a model: per-user rate limit → monthly budget → routing decision from the
 * workspace's policy → execution with timeouts, retries, fallback and the circuit breaker →
 * spend and a call record. Answers a result or a RouterError that says what happened.
 */
export async function routeModelCall<T>(call: RoutedCall<T>): Promise<RoutedResult<T>> {
  const started = performance.now();
  const callId = createId("modelCall");
  const source = modelSourceOverrideFor(call.task);
  const catalog = source.catalog ?? ROUTING_CATALOG;
  const breaker = source.breaker ?? circuitBreaker;
  const record = (fields: Partial<typeof modelCalls.$inferInsert>) =>
    call.db.insert(modelCalls).values({
      id: callId,
      workspaceId: call.workspaceId,
      userId: call.userId,
      task: call.task,
      reasons: [],
      attempts: [],
      latencyMs: Math.round(performance.now() - started),
      ...fields,
    });

  if (call.userId && !call.skipUserRateLimit) {
    const limit = await consumeModelRequest(call.db, { userId: call.userId, perMinute: env.MODEL_REQUESTS_PER_USER_PER_MINUTE });
    if (!limit.allowed) {
      await record({ errorClass: "rate_limited" });
      throw new RouterError("rate_limited", [], { key: "routing.userRateLimited", params: { seconds: limit.retryAfterSeconds } });
    }
  }
  const { settings, overrides, payloadRetentionDays } = await loadRoutingSettings(call.db, call.workspaceId);
  const policy: RoutingPolicy = { ...DEFAULT_POLICIES[call.task], ...(overrides[call.task] ?? {}), ...(call.policy ?? {}) };
  const routed = decideRoute({
    task: call.task,
    policy,
    request: call.request,
    settings,
    catalog,
    configuredProviders: source.configuredProviders ?? providersFromConfig(env),
    isCircuitOpen: (id) => breaker.state(id) === "open",
  });

  // Budgets bound what leaves this server: the built-in local models cost nothing and use no
  // provider quota, so a call that can only land on them (embeddings, reranking, the extractive
  // generator with no keys) skips the budget read, and an exhausted budget never stops them.
  const budget = routed.candidates.some(isBudgeted) ? await getBudgetStatus(call.db, { workspaceId: call.workspaceId }) : null;
  // An exhausted budget takes the paid models out, not the call: the local models still answer.
  const decision = budget?.exhausted ? withoutBudgetedModels(routed, budget.exhausted) : routed;
  if (budget?.exhausted && decision.candidates.length === 0) {
    await record({ reasons: decision.reasons, errorClass: "budget_exhausted" });
    throw new RouterError("budget_exhausted", [], budget.exhaustedMessage ?? undefined);
  }

  // Every request that reaches a model, across attempts and repair turns (accounting-middleware.ts),
  // and every batch of texts sent to an embedder or reranker outside this server.
  const sent: SentRequest[] = [];
  const accounted = (entry: CatalogEntry, model: LanguageModelV4) =>
    wrapLanguageModel({ model, middleware: createAccountingMiddleware({ modelId: entry.id, hosting: entry.hosting, onRequest: (request) => sent.push(request) }) });

  let cacheHit: CacheHitKind = "none";
  let lastExactKey: string | null = null;
  const cache =
    call.cache === false || !env.MODEL_CACHE_ENABLED
      ? null
      : createCacheMiddleware({
          db: call.db,
          workspaceId: call.workspaceId,
          task: call.task,
          sourceIds: call.cache?.sourceIds ?? [],
          scope: call.cache?.scope,
          ttlSeconds: call.cache?.ttlSeconds ?? CACHE_DEFAULTS.ttlSeconds,
          semanticThreshold: call.cache?.semanticThreshold === undefined ? CACHE_DEFAULTS.semanticThreshold : call.cache.semanticThreshold,
          onHit: (kind) => (cacheHit = kind),
          onKey: (key) => (lastExactKey = key),
        });
  const registryId = (entry: CatalogEntry) => entry.id as `${string}:${string}`;
  const resolve = source.resolveLanguageModel ?? ((entry: CatalogEntry) => modelRegistry.languageModel(registryId(entry)));
  const resolveEmbedding = source.resolveEmbeddingModel ?? ((entry: CatalogEntry) => modelRegistry.embeddingModel(registryId(entry)));
  const resolveReranking = source.resolveRerankingModel ?? ((entry: CatalogEntry) => modelRegistry.rerankingModel(registryId(entry)));

  const telemetry = modelCallTelemetry({ task: call.task, integrations: source.telemetryIntegrations });
  let timeToFirstTokenMs: number | null = null;

  try {
    const { value, model, attempts } = await executeWithFallback({
      candidates: decision.candidates,
      breaker,
      run: (entry, signal) => {
        let resolved: LanguageModelV4 | undefined;
        // Time to first token counts from the attempt that streamed, not from the first try.
        const attemptStarted = performance.now();
        timeToFirstTokenMs = null;
        return call.run({
          entry,
          signal,
          telemetry,
          get model() {
            if (!resolved) {
              // The cache outside the accounting: a hit is no request and costs nothing.
              const base = accounted(entry, resolve(entry));
              resolved = cache ? wrapLanguageModel({ model: base, middleware: cache }) : base;
            }
            return resolved;
          },
          get uncachedModel() {
            return accounted(entry, resolve(entry));
          },
          get embeddingModel() {
            return accountedEmbeddingModel(resolveEmbedding(entry), { modelId: entry.id, hosting: entry.hosting, onRequest: (request) => sent.push(request) });
          },
          get rerankingModel() {
            return accountedRerankingModel(resolveReranking(entry), { modelId: entry.id, hosting: entry.hosting, onRequest: (request) => sent.push(request) });
          },
          discardCachedAnswer: async () => {
            const key = lastExactKey as string | null;
            if (key) await discardCachedAnswer(call.db, { workspaceId: call.workspaceId, task: call.task, exactKey: key });
            // A discarded hit is no longer a hit: what follows reached the model.
            cacheHit = "none";
          },
          markFirstToken: () => {
            timeToFirstTokenMs ??= Math.round(performance.now() - attemptStarted);
          },
        });
      },
      timeoutMs: source.timeoutMs ?? env.MODEL_CALL_TIMEOUT_MS,
      sleep: source.sleep,
      abortSignal: call.abortSignal,
    });
    // A provider reporting no or nonsensical usage must not poison the spend counters.
    value.usage = { inputTokens: tokenCount(value.usage.inputTokens), outputTokens: tokenCount(value.usage.outputTokens) };
    const costUsd = estimateCostUsd(model, { input: value.usage.inputTokens, output: value.usage.outputTokens });
    // Cached turns report zero usage, so this counts exactly what reached the provider (a cached
    // first turn followed by paid repair turns counts the repairs). Local models are outside budgets.
    const spentTokens = value.usage.inputTokens + value.usage.outputTokens;
    if (spentTokens > 0 && isBudgeted(model)) await recordUsage(call.db, { workspaceId: call.workspaceId, costUsd, tokens: value.usage.inputTokens + value.usage.outputTokens });
    const usageEstimated = sent.some((request) => request.modelId === model.id && request.usageEstimated);
    await record({
      usageEstimated,
      chosenModel: model.id,
      reasons: decision.reasons,
      attempts,
      inputTokens: value.usage.inputTokens,
      outputTokens: value.usage.outputTokens,
      costUsd,
      cacheHit,
      timeToFirstTokenMs,
    });
    // The status after this call, projected instead of read again (one round trip less per call).
    const after = budget && isBudgeted(model) ? budgetStatusFrom({ ...budget, spentUsd: budget.spentUsd + costUsd, tokens: budget.tokens + value.usage.inputTokens + value.usage.outputTokens }) : budget;
    if (budget && after && after !== budget) {
      mailNotificationsAfterResponse(await notifyBudgetCrossing(call.db, { workspaceId: call.workspaceId, before: budget, after }));
      await enqueueBudgetWarning(call.db, { workspaceId: call.workspaceId, before: budget, after });
    }
    return {
      value: value.value,
      model,
      decision,
      attempts,
      usage: value.usage,
      costUsd,
      budgetWarning: after ? (after.warning ?? after.exhausted) : null,
      cacheHit,
      callId,
      timeToFirstTokenMs,
      sent,
      usageEstimated,
    };
  } catch (error) {
    if (error instanceof RouterError) {
      await record({ reasons: decision.reasons, attempts: error.attempts, errorClass: error.kind });
      error.sent = sent;
      throw error;
    }
    throw error;
  } finally {
    // What left the server, for the admins' "what leaves" view (after the call record exists).
    await storeCallPayload(call.db, { workspaceId: call.workspaceId, callId, requests: sent, retentionDays: payloadRetentionDays });
  }
}
