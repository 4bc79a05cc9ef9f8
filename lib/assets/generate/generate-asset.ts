import "server-only";
import { and, eq } from "drizzle-orm";
import { NoObjectGeneratedError, Output, streamText, type ModelMessage } from "ai";
import type { Database } from "@/lib/db/types";
import type { Role } from "@/lib/authz/roles";
import { knowledgeSources } from "@/lib/db/schema";
import type { AssetProvenance } from "@/lib/db/schema/assets";
import { AppError } from "@/lib/errors";
import { redactPersonalData } from "@/lib/ai/redact";
import { routeModelCall, type RoutedCall } from "@/lib/ai/router";
import { InvalidModelOutputError, RouterError, routerErrorToAppError } from "@/lib/ai/routing/errors";
import type { Task } from "@/lib/ai/routing/policy";
import { countTokens } from "@/lib/rag/text/tokenize";
import { estimateCostUsd, type CatalogEntry } from "@/lib/ai/catalog";
import { recordUsage } from "@/lib/ai/routing/budget";
import type { RetrievedChunk } from "@/lib/knowledge/retrieve/retrieve";
import { ASSET_SCHEMAS, type Asset, type AssetKind } from "@/lib/assets/schemas/asset";
import { normalizeUtmValue } from "@/lib/assets/schemas/utm";
import { validateAsset, type AssetValidationContext } from "@/lib/assets/validate/validate-asset";
import { formatIssuesForRepair } from "@/lib/assets/validate/repair-feedback";
import type { ValidationReport } from "@/lib/assets/validate/types";
import { loadBrandContext, type BrandContext } from "./brand-context";
import type { BriefInput, PromptBrief } from "./brief";
import { ASSET_PROMPT_VERSION, buildInstructions, buildPrompt, buildRepairMessage } from "./prompt";
import { retrieveForBrief } from "./retrieve-for-brief";
import { registerLocalAssetWriters } from "./local-writers/register-local-writers";

registerLocalAssetWriters();

/** Repair rounds per model: the exact validation errors go back to the model at most this often. */
export const MAX_REPAIR_ROUNDS = 2;

export const TASK_FOR_KIND: Record<AssetKind, Task> = {
  "seo-page": "seo-asset",
  "google-rsa": "ad-variants",
  "meta-ad": "ad-variants",
  "linkedin-ad": "ad-variants",
};

const UTM_FOR_KIND: Record<AssetKind, { source: string; medium: string }> = {
  "seo-page": { source: "organic", medium: "seo" },
  "google-rsa": { source: "google", medium: "cpc" },
  "meta-ad": { source: "meta", medium: "paid_social" },
  "linkedin-ad": { source: "linkedin", medium: "paid_social" },
};

export type SourcePassage = { chunkId: string; sourceId: string; version: number; title: string; url: string | null; text: string };

export type GeneratedAsset = {
  kind: AssetKind;
  content: Asset;
  validation: ValidationReport;
  provenance: AssetProvenance;
  /** The passages the asset could cite, for the citation popovers. */
  sources: SourcePassage[];
  /** True when no model produced a valid asset and this is the best attempt, with its report. */
  isBestEffort: boolean;
};

export type GenerateAssetOptions = {
  workspaceId: string;
  userId: string;
  role: Role;
  brief: BriefInput;
  kind: AssetKind;
  /** Called with each partial object as it streams in. */
  onPartial?: (partial: unknown) => void;
  /** A background job (batch): not counted against the user's interactive per-minute limit. */
  isBackground?: boolean;
  /** The brief's shared context when several channels are generated for it (loadBriefContext). */
  briefContext?: BriefContext;
};


function redactBrief(brief: BriefInput) {
  let count = 0;
  const clean = (text: string) => {
    const { text: redacted, redactions } = redactPersonalData(text);
    count += Object.values(redactions).reduce((sum, n) => sum + n, 0);
    return redacted;
  };
  return {
    brief: { ...brief, topic: clean(brief.topic), audience: clean(brief.audience), goal: clean(brief.goal), tone: clean(brief.tone), keywords: brief.keywords.map(clean) },
    redactions: count,
  };
}

async function loadProduct(db: Database, workspaceId: string, productSourceId: string | null) {
  if (!productSourceId) return null;
  const [product] = await db
    .select({ id: knowledgeSources.id, title: knowledgeSources.title, url: knowledgeSources.canonicalUrl, category: knowledgeSources.category, classification: knowledgeSources.classification, status: knowledgeSources.status })
    .from(knowledgeSources)
    .where(and(eq(knowledgeSources.workspaceId, workspaceId), eq(knowledgeSources.id, productSourceId), eq(knowledgeSources.kind, "product")));
  // Another workspace's product, a retired one, or a confidential one all look the same: not there.
  if (!product || product.status === "retired" || product.classification === "confidential") throw new AppError("not_found", "That product is not in this workspace's knowledge base.");
  return product;
}

function promptBriefFor(kind: AssetKind, brief: BriefInput, brand: BrandContext, product: Awaited<ReturnType<typeof loadProduct>>): PromptBrief {
  const campaign = normalizeUtmValue(product?.title ?? brief.topic).slice(0, 60) || "brandpilot";
  return {
    kind,
    language: brief.language,
    brandName: brand.brandName,
    product: product ? { sourceId: product.id, title: product.title, url: product.url, category: product.category } : null,
    topic: brief.topic,
    audience: brief.audience,
    goal: brief.goal,
    tone: brief.tone,
    keywords: brief.keywords,
    finalUrl: product?.url ?? brand.siteUrl ?? "",
    utm: { ...UTM_FOR_KIND[kind], campaign, content: kind.replace("-", "_"), term: brief.keywords[0] ? normalizeUtmValue(brief.keywords[0]) : null },
    knownUrls: brand.knownUrls,
    workspaceLanguages: brand.languages,
    brandRules: brand.rules,
  };
}

/**
 * The generation pipeline for one asset kind: redact the brief → retrieve → versioned prompt →
 * router (structured output, streamed) → validate (schema, platform, brand, grounding) → repair
 * with the exact errors, at most twice per model → fall back to the next model → if none gets
 * there, the best attempt with its report (flagged, never silently). Returns the asset with its
 * provenance; saving it as a draft is the caller's next step (save-draft.ts).
 */
export type PreparedGeneration = {
  brief: BriefInput;
  redactions: number;
  brand: BrandContext;
  chunks: RetrievedChunk[];
  promptBrief: PromptBrief;
  instructions: string;
  prompt: string;
  validationContext: AssetValidationContext;
};

export type BriefContext = {
  brief: BriefInput;
  redactions: number;
  brand: BrandContext;
  product: Awaited<ReturnType<typeof loadProduct>>;
  chunks: RetrievedChunk[];
};

/**
 * What every channel of one brief shares: the redacted brief, brand context, product and the
 * retrieved sources. Loaded once per brief, not once per channel (a four-channel brief would
 * otherwise retrieve, embed and rerank the same query four times).
 */
export async function loadBriefContext(db: Database, options: { workspaceId: string; role: Role; brief: BriefInput }): Promise<BriefContext> {
  const { brief, redactions } = redactBrief(options.brief);
  const brand = await loadBrandContext(db, options.workspaceId);
  const product = await loadProduct(db, options.workspaceId, brief.productSourceId);
  const query = [product?.title, brief.topic, brief.keywords.join(" "), brief.goal].filter(Boolean).join(" ").trim();
  if (!query) throw new AppError("invalid_input", "Choose a product or give a topic.");
  const chunks = await retrieveForBrief(db, { workspaceId: options.workspaceId, role: options.role, query, productSourceId: brief.productSourceId });
  return { brief, redactions, brand, product, chunks };
}

/** Everything before the model call for one channel: the shared brief context and its prompt. */
export async function prepareGeneration(
  db: Database,
  options: { workspaceId: string; role: Role; brief: BriefInput; kind: AssetKind; briefContext?: BriefContext },
): Promise<PreparedGeneration> {
  const { brief, redactions, brand, product, chunks } = options.briefContext ?? (await loadBriefContext(db, options));
  const promptBrief = promptBriefFor(options.kind, brief, brand, product);
  return {
    brief,
    redactions,
    brand,
    chunks,
    promptBrief,
    instructions: buildInstructions(promptBrief),
    prompt: buildPrompt(promptBrief, chunks),
    validationContext: {
      chunks: new Map(chunks.map((c) => [c.chunkId, c.text])),
      knownUrls: new Set(brand.knownUrls.map((u) => u.url)),
      workspaceLanguages: brand.languages,
      brandRules: brand.rules,
    },
  };
}

export async function generateAsset(db: Database, options: GenerateAssetOptions): Promise<GeneratedAsset> {
  const started = performance.now();
  const { brief, redactions, chunks, instructions, prompt, validationContext } = await prepareGeneration(db, options);

  const attempts: AssetProvenance["attempts"] = [];
  let best: { content: Asset; validation: ValidationReport; modelId: string } | null = null;
  const tokens = { input: 0, output: 0 };
  const wasted: { entry: CatalogEntry; usage: { inputTokens: number; outputTokens: number } }[] = [];

  const run: RoutedCall<{ content: Asset; validation: ValidationReport }>["run"] = async ({ entry, model, uncachedModel, signal, telemetry, markFirstToken, discardCachedAnswer }) => {
    const messages: ModelMessage[] = [{ role: "user", content: prompt }];
    const usage = { inputTokens: 0, outputTokens: 0 };
    for (let round = 0; round <= MAX_REPAIR_ROUNDS; round++) {
      // streamText reports a failed request inside the stream and then only says "no output";
      // keep the real error (a 503, a timeout) so the router can classify, retry and fall back.
      let streamError: unknown = null;
      const stream = streamText({
        onError: ({ error }) => {
          streamError ??= error;
        },
        // A repair turn must reach the model: a cached answer to the first turn is what failed.
        model: round === 0 ? model : uncachedModel,
        instructions,
        messages,
        output: Output.object({ name: options.kind, schema: ASSET_SCHEMAS[options.kind] }),
        abortSignal: signal,
        maxRetries: 0,
        telemetry,
      });
      for await (const partial of stream.partialOutputStream) {
        markFirstToken();
        options.onPartial?.(partial);
      }
      if (streamError) throw streamError;
      const stepUsage = await stream.usage;
      usage.inputTokens += stepUsage.inputTokens ?? 0;
      usage.outputTokens += stepUsage.outputTokens ?? 0;
      let output: unknown;
      let rawText: string;
      try {
        output = await stream.output;
        rawText = JSON.stringify(output);
      } catch (error) {
        // Not JSON, or JSON of the wrong shape: validate the raw text so the repair prompt can
        // name what is wrong, like any other validation failure.
        if (!NoObjectGeneratedError.isInstance(error)) throw error;
        rawText = error.text ?? "";
        output = safeJson(rawText);
      }
      const validation = validateAsset(output, validationContext);
      attempts.push({ modelId: entry.id, outcome: validation.valid ? "valid" : "invalid", repairRound: round, errors: validation.counts.errors });
      const parsed = ASSET_SCHEMAS[options.kind].safeParse(output);
      if (parsed.success && (!best || validation.counts.errors < best.validation.counts.errors)) {
        best = { content: parsed.data, validation, modelId: entry.id };
      }
      if (validation.valid && parsed.success) return { value: { content: parsed.data, validation }, usage };
      // An invalid first answer must not be cached: the next identical brief would replay it.
      if (round === 0) await discardCachedAnswer();
      messages.push({ role: "assistant", content: rawText }, { role: "user", content: buildRepairMessage(formatIssuesForRepair(validation)) });
    }
    tokens.input += usage.inputTokens;
    tokens.output += usage.outputTokens;
    // The router records spend only for the call that succeeds; what this model used is spent too.
    wasted.push({ entry, usage });
    throw new InvalidModelOutputError(`Still invalid after ${MAX_REPAIR_ROUNDS} repair rounds`);
  };

  let outcome: { content: Asset; validation: ValidationReport; modelId: string; isBestEffort: boolean; callId: string; costUsd: number; reasons: AssetProvenance["routeReasons"] };
  try {
    const routed = await routeModelCall({
      db,
      workspaceId: options.workspaceId,
      userId: options.userId,
      skipUserRateLimit: options.isBackground ?? false,
      task: TASK_FOR_KIND[options.kind],
      request: {
        estimatedInputTokens: countTokens(instructions) + countTokens(prompt),
        estimatedOutputTokens: options.kind === "seo-page" ? 2_500 : 1_200,
        containsUnredactedPersonalData: false,
        usesConfidentialContext: false,
      },
      // Exact cache only: briefs for two products differ in a few words, and a semantic hit would
      // hand one product's ad to the other.
      cache: { sourceIds: [...new Set(chunks.map((c) => c.sourceId))], semanticThreshold: null },
      run,
    });
    tokens.input += routed.usage.inputTokens;
    tokens.output += routed.usage.outputTokens;
    outcome = { ...routed.value, modelId: routed.model.id, isBestEffort: false, callId: routed.callId, costUsd: routed.costUsd, reasons: routed.decision.reasons };
  } catch (error) {
    if (!(error instanceof RouterError)) throw error;
    const bestSoFar = best as { content: Asset; validation: ValidationReport; modelId: string } | null;
    if (error.kind !== "all_candidates_failed" || !bestSoFar) throw routerErrorToAppError(error);
    outcome = { ...bestSoFar, isBestEffort: true, callId: "", costUsd: 0, reasons: [] };
  }

  const wastedCostUsd = await recordWastedUsage(db, options.workspaceId, wasted);

  return {
    kind: options.kind,
    content: outcome.content,
    validation: outcome.validation,
    isBestEffort: outcome.isBestEffort,
    sources: chunks.map(toPassage),
    provenance: {
      brief: { ...brief, kind: options.kind } as Record<string, unknown>,
      templateVersion: ASSET_PROMPT_VERSION,
      routerCallIds: outcome.callId ? [outcome.callId] : [],
      model: outcome.modelId,
      attempts,
      routeReasons: outcome.reasons,
      chunks: chunks.map((c) => ({ chunkId: c.chunkId, sourceId: c.sourceId, version: c.version })),
      tokens,
      costUsd: outcome.costUsd + wastedCostUsd,
      latencyMs: Math.round(performance.now() - started),
      redactions,
      isLocalExtractive: outcome.modelId.startsWith("local:"),
    },
  };
}

/** Spend of models whose output stayed invalid: on the budget like any other provider use. */
async function recordWastedUsage(db: Database, workspaceId: string, wasted: { entry: CatalogEntry; usage: { inputTokens: number; outputTokens: number } }[]) {
  let total = 0;
  for (const { entry, usage } of wasted) {
    const tokens = usage.inputTokens + usage.outputTokens;
    if (entry.hosting === "local" || tokens === 0) continue;
    const costUsd = estimateCostUsd(entry, { input: usage.inputTokens, output: usage.outputTokens });
    await recordUsage(db, { workspaceId, costUsd, tokens });
    total += costUsd;
  }
  return total;
}

export function toPassage(chunk: RetrievedChunk): SourcePassage {
  return { chunkId: chunk.chunkId, sourceId: chunk.sourceId, version: chunk.version, title: chunk.sourceTitle, url: chunk.url, text: chunk.text };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
