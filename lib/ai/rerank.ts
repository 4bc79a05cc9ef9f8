import "server-only";
import { rerank } from "ai";
import type { Database } from "@/lib/db/types";
import type { RerankDocument } from "./local-models/reranker";
import { LOCAL_RERANKER_MODEL_ID } from "./local-models/reranker";
import { rerankerFor } from "./registry";
import { routeModelCall } from "./router";
import { redactAll } from "./redact";

const LOCAL_RERANKER = `local:${LOCAL_RERANKER_MODEL_ID}`;

export type RerankOptions = {
  workspaceId: string;
  query: string;
  /** Candidates with the features the retriever computed (the local reranker uses them; a hosted one reads the text). */
  documents: RerankDocument[];
  /** Any candidate comes from a confidential source: a hosted reranker may not see them. */
  isConfidential: boolean;
  /** Any candidate is a chunk marked at ingestion as holding personal data: the built-in reranker only. */
  holdsPersonalData?: boolean;
  /** Default: RERANK_MODEL. */
  rerankerId?: string;
};

/**
 * Whether reranking for this workspace may read the passages' text: a hosted reranker does; the
 * built-in one scores only the features the retriever computed (BM25, vector similarity), so
 * the retriever can leave reading text until it knows which k chunks it returns.
 */
export function rerankerReadsText(workspaceId: string): boolean {
  return rerankerFor(workspaceId).registryId !== LOCAL_RERANKER;
}

/**
 * Reranks retrieved passages through the router: the configured reranker first, the built-in
 * one as the fallback (scores are used once and never stored, so unlike embeddings a different
 * model can stand in when a hosted reranker fails, is too far, or may not see confidential text).
 */
export async function rerankForWorkspace(db: Database, options: RerankOptions) {
  const configured = options.rerankerId ?? rerankerFor(options.workspaceId).registryId;
  const ids = configured === LOCAL_RERANKER ? [LOCAL_RERANKER] : [configured, LOCAL_RERANKER];
  // A hosted reranker sees the query and passages with personal data replaced by placeholders
  // (one session, so the same name is the same placeholder in query and passages); residual
  // personal data sends the call to the built-in reranker, which runs in this process.
  const redacted = configured === LOCAL_RERANKER ? null : redactAll([options.query, ...options.documents.map((d) => d.text)]);
  const result = await routeModelCall({
    db,
    workspaceId: options.workspaceId,
    userId: null,
    task: "rerank",
    request: { estimatedInputTokens: 0, estimatedOutputTokens: 0, containsUnredactedPersonalData: options.holdsPersonalData === true || (redacted?.containsPersonalData ?? false), usesConfidentialContext: options.isConfidential },
    policy: { onlyModels: { ids, reason: `not the configured reranker (${configured}) or the built-in fallback` } },
    cache: false,
    run: async ({ entry, rerankingModel, signal, telemetry }) => {
      const isLocal = entry.provider === "local";
      const { ranking } = await rerank({
        model: rerankingModel,
        documents: (isLocal ? options.documents : (redacted?.texts.slice(1) ?? options.documents.map((d) => d.text))) as unknown as string[],
        query: isLocal ? options.query : (redacted?.texts[0] ?? options.query),
        abortSignal: signal,
        maxRetries: 0,
        telemetry,
      });
      return { value: ranking.map((r) => ({ originalIndex: r.originalIndex, score: r.score })), usage: { inputTokens: 0, outputTokens: 0 } };
    },
  });
  return { ranking: result.value, modelId: result.model.id };
}
