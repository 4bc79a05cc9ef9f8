import "server-only";
import { createProviderRegistry, customProvider } from "ai";
import { createLocalEmbeddingModel, LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL_ID } from "@/lib/rag/embed/local-embedder";
import { createLocalReranker, LOCAL_RERANKER_MODEL_ID } from "./local-models/reranker";

/**
 * The one provider registry. Today it holds the built-in local models; the routing issue adds
 * hosted providers enabled by environment variables. Model ids appear here and nowhere else.
 */
const localProvider = customProvider({
  embeddingModels: { [LOCAL_EMBEDDING_MODEL_ID]: createLocalEmbeddingModel() },
  rerankingModels: { [LOCAL_RERANKER_MODEL_ID]: createLocalReranker() },
});

export const modelRegistry = createProviderRegistry({ local: localProvider });

export type EmbeddingModelChoice = { registryId: string; modelId: string; dimensions: number };

/** The embedding model for a workspace's knowledge base (local until a hosted one is configured). */
export function embeddingModelFor(_workspaceId: string): EmbeddingModelChoice {
  return {
    registryId: `local:${LOCAL_EMBEDDING_MODEL_ID}`,
    modelId: LOCAL_EMBEDDING_MODEL_ID,
    dimensions: LOCAL_EMBEDDING_DIMENSIONS,
  };
}

export function rerankerFor(_workspaceId: string) {
  return { registryId: `local:${LOCAL_RERANKER_MODEL_ID}`, isLocal: true } as const;
}
