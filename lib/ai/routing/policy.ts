import { estimateCostUsd, QUALITY_TIERS, type CatalogEntry, type LatencyClass, type ModelKind, type QualityTier } from "../catalog";

/** What callers ask for. Server actions name a task; the router picks the model. */
export const TASKS = ["seo-asset", "ad-variants", "rewrite-field", "answer-question", "extract-rules", "judge", "embed", "rerank"] as const;
export type Task = (typeof TASKS)[number];

export type RoutingPolicy = {
  kind: ModelKind;
  requires: { structuredOutput?: boolean; tools?: boolean; minContextWindow?: number };
  /** Brand-critical tasks name a minimum quality tier. */
  minQuality?: QualityTier;
  maxCostPerCallUsd?: number;
  /** The slowest latency class allowed. */
  maxLatency?: LatencyClass;
  /** Admin's explicit order; models not listed follow, best first. */
  preferred?: string[];
  /**
   * Only these models, in this order. Set by the system, not admins: embeddings must come from
   * the model that built the index (vectors of different models are not comparable).
   */
  onlyModels?: { ids: string[]; reason: string };
};

/**
 * Defaults that work with no keys (the local models qualify wherever one exists) and prefer
 * better models when keys exist (candidates are ordered best first). No default sets a minimum
 * quality: that would shut out the local models; admins set one per workspace where they want.
 */
export const DEFAULT_POLICIES: Record<Task, RoutingPolicy> = {
  "seo-asset": { kind: "language", requires: { structuredOutput: true, minContextWindow: 16_000 }, maxCostPerCallUsd: 0.5 },
  "ad-variants": { kind: "language", requires: { structuredOutput: true, minContextWindow: 16_000 }, maxCostPerCallUsd: 0.5 },
  "rewrite-field": { kind: "language", requires: { structuredOutput: true }, maxCostPerCallUsd: 0.05, maxLatency: "medium" },
  "answer-question": { kind: "language", requires: { minContextWindow: 16_000 }, maxCostPerCallUsd: 0.1 },
  // A whole guide in, a list of rules out: once per guide version, reviewed by an admin.
  "extract-rules": { kind: "language", requires: { structuredOutput: true }, maxCostPerCallUsd: 0.25 },
  judge: { kind: "language", requires: { structuredOutput: true }, maxCostPerCallUsd: 0.1 },
  embed: { kind: "embedding", requires: {} },
  rerank: { kind: "reranking", requires: {} },
};

export type RouteRequest = {
  estimatedInputTokens: number;
  estimatedOutputTokens: number;
  /** Personal data that redaction could not remove, or quoted from a chunk marked at ingestion as holding some. */
  containsUnredactedPersonalData: boolean;
  /** Context drawn from sources classified confidential. */
  usesConfidentialContext: boolean;
};

export type WorkspaceRoutingSettings = { residency: "any" | "eu" };

export type CandidateReason = { modelId: string; outcome: "candidate" | "skipped"; reason: string };
export type RouteDecision = { task: Task; candidates: CatalogEntry[]; reasons: CandidateReason[] };

const QUALITY_RANK: Record<QualityTier, number> = Object.fromEntries(QUALITY_TIERS.map((tier, i) => [tier, i])) as Record<QualityTier, number>;
const LATENCY_RANK: Record<LatencyClass, number> = { fast: 0, medium: 1, slow: 2 };

/**
 * Derives the ordered candidate list for one call, with a reason for every model considered.
 * Pure: the same inputs give the same decision, so a dry run in the admin UI shows exactly what
 * a real call would do.
 */
export function decideRoute(input: {
  task: Task;
  policy: RoutingPolicy;
  request: RouteRequest;
  settings: WorkspaceRoutingSettings;
  catalog: readonly CatalogEntry[];
  configuredProviders: ReadonlySet<string>;
  isCircuitOpen: (modelId: string) => boolean;
}): RouteDecision {
  const { policy, request } = input;
  const reasons: CandidateReason[] = [];
  const eligible: CatalogEntry[] = [];
  const mustStayLocal = request.containsUnredactedPersonalData || request.usesConfidentialContext;

  for (const entry of input.catalog.filter((e) => e.kind === policy.kind)) {
    const skip = (reason: string) => reasons.push({ modelId: entry.id, outcome: "skipped", reason });
    if (policy.onlyModels && !policy.onlyModels.ids.includes(entry.id)) {
      skip(policy.onlyModels.reason);
      continue;
    }
    if (entry.tasks && !entry.tasks.includes(input.task)) {
      skip(`does not do the task ${input.task}`);
      continue;
    }
    if (!input.configuredProviders.has(entry.provider)) {
      skip(`provider "${entry.provider}" is not configured`);
      continue;
    }
    if (policy.requires.structuredOutput && !entry.capabilities.structuredOutput) {
      skip("no structured output");
      continue;
    }
    if (policy.requires.tools && !entry.capabilities.tools) {
      skip("no tool calling");
      continue;
    }
    const neededContext = Math.max(policy.requires.minContextWindow ?? 0, request.estimatedInputTokens + request.estimatedOutputTokens);
    if (entry.capabilities.contextWindow < neededContext) {
      skip(`context window ${entry.capabilities.contextWindow} < ${neededContext} tokens`);
      continue;
    }
    if (mustStayLocal && entry.hosting === "external") {
      skip(request.containsUnredactedPersonalData ? "personal data (left after redaction, or in a quoted source): local or self-hosted only" : "confidential context: local or self-hosted only");
      continue;
    }
    if (input.settings.residency === "eu" && !(entry.region === "eu" || entry.region === "local")) {
      skip(`data residency EU; model processes in ${entry.region}`);
      continue;
    }
    if (policy.minQuality && QUALITY_RANK[entry.quality] < QUALITY_RANK[policy.minQuality]) {
      skip(`quality ${entry.quality} below the required ${policy.minQuality}`);
      continue;
    }
    if (policy.maxLatency && LATENCY_RANK[entry.latency] > LATENCY_RANK[policy.maxLatency]) {
      skip(`latency class ${entry.latency} over the budget (${policy.maxLatency})`);
      continue;
    }
    const cost = estimateCostUsd(entry, { input: request.estimatedInputTokens, output: request.estimatedOutputTokens });
    if (policy.maxCostPerCallUsd !== undefined && cost > policy.maxCostPerCallUsd) {
      skip(`estimated $${cost.toFixed(4)} over the $${policy.maxCostPerCallUsd} per-call ceiling`);
      continue;
    }
    if (input.isCircuitOpen(entry.id)) {
      skip("circuit open after repeated failures");
      continue;
    }
    eligible.push(entry);
  }

  const preferredRank = (id: string) => {
    const index = (policy.onlyModels?.ids ?? policy.preferred)?.indexOf(id) ?? -1;
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const costOf = (e: CatalogEntry) => estimateCostUsd(e, { input: request.estimatedInputTokens, output: request.estimatedOutputTokens });
  eligible.sort(
    (a, b) =>
      preferredRank(a.id) - preferredRank(b.id) ||
      QUALITY_RANK[b.quality] - QUALITY_RANK[a.quality] ||
      LATENCY_RANK[a.latency] - LATENCY_RANK[b.latency] ||
      costOf(a) - costOf(b) ||
      a.id.localeCompare(b.id),
  );
  eligible.forEach((entry, index) =>
    reasons.push({
      modelId: entry.id,
      outcome: "candidate",
      reason: index === 0 ? "chosen: first eligible by preference, quality, latency and cost" : `fallback #${index}`,
    }),
  );
  return { task: input.task, candidates: eligible, reasons };
}
