import "server-only";
import type { LanguageModelV4GenerateResult, LanguageModelV4Middleware } from "@ai-sdk/provider";
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
  /** Cosine similarity of the normalised requests needed for a semantic hit. */
  semanticThreshold: number;
  onHit?: (kind: Exclude<CacheHitKind, "none">) => void;
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
  return {
    specificationVersion: "v4",
    async wrapGenerate({ doGenerate, params, model }) {
      const exactKey = exactCacheKey(model, params);
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

      const settingsKey = semanticSettingsKey(params);
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

      const result = await doGenerate();
      const stored = { content: result.content, finishReason: result.finishReason, usage: result.usage, warnings: result.warnings } as unknown as Record<string, unknown>;
      const expiresAt = sql`now() + make_interval(secs => ${options.ttlSeconds})`;
      const base = { workspaceId: options.workspaceId, task: options.task, response: stored, sourceIds: options.sourceIds, expiresAt };
      await options.db
        .insert(modelCache)
        .values([
          { id: createId("cacheEntry"), ...base, kind: "exact" as const, keyHash: exactKey, settingsHash: null, embedding: null },
          {
            id: createId("cacheEntry"),
            ...base,
            kind: "semantic" as const,
            keyHash: sha256(`${settingsKey}\n${promptText(params)}`),
            settingsHash: settingsKey,
            embedding,
          },
        ])
        .onConflictDoNothing();
      return result;
    },
  };
}

/** Drops cached answers that drew on these sources (a new version, a retirement). */
export async function invalidateModelCache(db: Database, options: { workspaceId: string; sourceIds: string[] }) {
  if (options.sourceIds.length === 0) return;
  await db.execute(sql`delete from model_cache where workspace_id = ${options.workspaceId} and source_ids && ${pgTextArray(options.sourceIds)}::text[]`);
}
