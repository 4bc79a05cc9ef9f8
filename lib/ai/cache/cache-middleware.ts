import "server-only";
import type { LanguageModelV4GenerateResult, LanguageModelV4Middleware, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { and, eq, gt, sql } from "drizzle-orm";
import { modelCache } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { executeRows } from "@/lib/db/execute";
import { createId } from "@/lib/ids";
import { embedText, LOCAL_EMBEDDING_DIMENSIONS } from "@/lib/rag/embed/local-embedder";
import { pgTextArray } from "@/lib/db/pg-arrays";
import { exactCacheKey, promptText, semanticSettingsKey, sha256 } from "./normalize";

export type CacheHitKind = "none" | "exact" | "semantic";

export type CacheOptions = {
  db: Database;
  workspaceId: string;
  task: string;
  /** Sources the request's context came from: a change to any of them drops the entry. */
  sourceIds: string[];
  ttlSeconds: number;
  /**
   * Who may see the answer, e.g. the classifications the viewer can read. Entries only match
   * within the same scope: an answer drawn from confidential sources for an editor must never be
   * served to a marketer whose question is merely similar.
   */
  scope?: string;
  /** Cosine similarity of the normalised requests needed for a semantic hit; null: exact cache only. */
  semanticThreshold: number | null;
  onHit?: (kind: Exclude<CacheHitKind, "none">) => void;
  /** Told the exact key of every answer served or stored, so the caller can discard it (invalid output). */
  onKey?: (exactKey: string) => void;
};

const ZERO_USAGE: LanguageModelV4GenerateResult["usage"] = {
  inputTokens: { total: 0, noCache: 0, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 0, text: 0, reasoning: 0 },
};

/** A cached answer costs nothing: usage zero, and the provider metadata says where it came from. */
function fromCache(stored: Record<string, unknown>, kind: "exact" | "semantic"): LanguageModelV4GenerateResult {
  const result = stored as unknown as LanguageModelV4GenerateResult;
  return { ...result, usage: ZERO_USAGE, providerMetadata: { ...(result.providerMetadata ?? {}), brandpilot: { cacheHit: kind } } };
}

/**
 * Exact and semantic response cache as AI SDK language-model middleware, scoped to one workspace
 * and task (never shared across workspaces), with a time-to-live.
 */
export function createCacheMiddleware(options: CacheOptions): LanguageModelV4Middleware {
  type Params = Parameters<NonNullable<LanguageModelV4Middleware["wrapGenerate"]>>[0]["params"];
  type Model = Parameters<NonNullable<LanguageModelV4Middleware["wrapGenerate"]>>[0]["model"];

  async function lookup(params: Params, model: Model): Promise<LanguageModelV4GenerateResult | null> {
    const exactKey = sha256(`${options.scope ?? ""}\n${exactCacheKey(model, params)}`);
    options.onKey?.(exactKey);
    const scope = and(eq(modelCache.workspaceId, options.workspaceId), eq(modelCache.task, options.task), gt(modelCache.expiresAt, sql`now()`));
    const [exact] = await options.db
      .select({ response: modelCache.response })
      .from(modelCache)
      .where(and(scope, eq(modelCache.kind, "exact"), eq(modelCache.keyHash, exactKey)))
      .limit(1);
    if (exact) {
      options.onHit?.("exact");
      return fromCache(exact.response, "exact");
    }
    if (options.semanticThreshold === null) return null;
    const settingsKey = sha256(`${options.scope ?? ""}\n${semanticSettingsKey(params)}`);
    const embedding = embedText(promptText(params));
    const [similar] = await executeRows<{ response: Record<string, unknown>; similarity: number }>(
      options.db,
      sql`select response, 1 - (embedding::vector(${sql.raw(String(LOCAL_EMBEDDING_DIMENSIONS))}) <=> ${`[${embedding.join(",")}]`}::vector(${sql.raw(String(LOCAL_EMBEDDING_DIMENSIONS))})) as similarity
          from model_cache
          where workspace_id = ${options.workspaceId} and task = ${options.task} and kind = 'semantic'
            and settings_hash = ${settingsKey} and expires_at > now()
          order by similarity desc limit 1`,
    );
    if (similar && Number(similar.similarity) >= options.semanticThreshold) {
      options.onHit?.("semantic");
      return fromCache(similar.response, "semantic");
    }
    return null;
  }

  async function store(params: Params, model: Model, result: Pick<LanguageModelV4GenerateResult, "content" | "finishReason" | "usage" | "warnings">) {
    const exactKey = sha256(`${options.scope ?? ""}\n${exactCacheKey(model, params)}`);
    const settingsKey = sha256(`${options.scope ?? ""}\n${semanticSettingsKey(params)}`);
    const stored = { content: result.content, finishReason: result.finishReason, usage: result.usage, warnings: result.warnings } as unknown as Record<string, unknown>;
    const expiresAt = sql`now() + make_interval(secs => ${options.ttlSeconds})`;
    const base = { workspaceId: options.workspaceId, task: options.task, response: stored, sourceIds: options.sourceIds, expiresAt };
    const exact = { id: createId("cacheEntry"), ...base, kind: "exact" as const, keyHash: exactKey, settingsHash: null, embedding: null };
    const semantic =
      options.semanticThreshold === null
        ? []
        : [
            {
              id: createId("cacheEntry"),
              ...base,
              kind: "semantic" as const,
              keyHash: sha256(`${settingsKey}\n${promptText(params)}`),
              settingsHash: settingsKey,
              embedding: embedText(promptText(params)),
            },
          ];
    await options.db
      .insert(modelCache)
      .values([exact, ...semantic])
      .onConflictDoNothing();
  }

  return {
    specificationVersion: "v4",
    async wrapGenerate({ doGenerate, params, model }) {
      const hit = await lookup(params, model);
      if (hit) return hit;
      const result = await doGenerate();
      await store(params, model, result);
      return result;
    },
    /**
     * Streams: a hit replays the cached text as a stream (one delta, zero usage); a miss passes
     * the provider's stream through untouched and stores the text once it finished cleanly.
     */
    async wrapStream({ doStream, params, model }) {
      const hit = await lookup(params, model);
      if (hit) return { stream: replayAsStream(hit) };
      const { stream, ...rest } = await doStream();
      let text = "";
      let finish: Extract<LanguageModelV4StreamPart, { type: "finish" }> | null = null;
      let failed = false;
      const recorder = new TransformStream<LanguageModelV4StreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          if (part.type === "text-delta") text += part.delta;
          else if (part.type === "finish") finish = part;
          else if (part.type === "error") failed = true;
          controller.enqueue(part);
        },
        async flush() {
          const finished = finish as Extract<LanguageModelV4StreamPart, { type: "finish" }> | null;
          if (failed || !finished || finished.finishReason.unified !== "stop") return;
          await store(params, model, { content: [{ type: "text", text }], finishReason: finished.finishReason, usage: finished.usage, warnings: [] });
        },
      });
      return { stream: stream.pipeThrough(recorder), ...rest };
    },
  };
}

function replayAsStream(result: LanguageModelV4GenerateResult): ReadableStream<LanguageModelV4StreamPart> {
  const text = result.content.map((part) => (part.type === "text" ? part.text : "")).join("");
  const parts: LanguageModelV4StreamPart[] = [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "cached" },
    { type: "text-delta", id: "cached", delta: text },
    { type: "text-end", id: "cached" },
    { type: "finish", finishReason: result.finishReason, usage: result.usage, providerMetadata: result.providerMetadata },
  ];
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

/**
 * Drops one exact cached answer — one the caller found unusable (output that fails validation),
 * so the next identical request reaches the model instead of replaying it. Callers that use it
 * keep the cache exact-only, so there is no semantic twin to drop.
 */
export async function discardCachedAnswer(db: Database, options: { workspaceId: string; task: string; exactKey: string }) {
  await db
    .delete(modelCache)
    .where(and(eq(modelCache.workspaceId, options.workspaceId), eq(modelCache.task, options.task), eq(modelCache.kind, "exact"), eq(modelCache.keyHash, options.exactKey)));
}

/** Drops cached answers that drew on these sources (a new version, a retirement). */
export async function invalidateModelCache(db: Database, options: { workspaceId: string; sourceIds: string[] }) {
  if (options.sourceIds.length === 0) return;
  await db.execute(sql`delete from model_cache where workspace_id = ${options.workspaceId} and source_ids && ${pgTextArray(options.sourceIds)}::text[]`);
}
