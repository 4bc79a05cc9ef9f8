import "server-only";
import { createProviderRegistry, customProvider, type ProviderRegistryProvider } from "ai";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { createCohere } from "@ai-sdk/cohere";
import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogleGenerativeAI } from "@ai-sdk/google";
import { createMistral } from "@ai-sdk/mistral";
import { env, type Env } from "@/lib/env";
import { createLocalEmbeddingModel, LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL_ID } from "@/lib/rag/embed/local-embedder";
import { createLocalReranker, LOCAL_RERANKER_MODEL_ID } from "./local-models/reranker";
import { createLocalExtractiveModel, LOCAL_EXTRACTIVE_MODEL_ID } from "./local-models/extractive/extractive-model";
import { localTaskWriters } from "./tasks/local-writers";

/**
 * The one provider registry: the built-in local models always, hosted providers when their key
 * (or base URL) is configured. Model ids are chosen here and in the environment, nowhere else.
 */
export type ProviderConfig = Pick<
  Env,
  | "OPENAI_API_KEY"
  | "COHERE_API_KEY"
  | "ANTHROPIC_API_KEY"
  | "GOOGLE_GENERATIVE_AI_API_KEY"
  | "MISTRAL_API_KEY"
  | "OPENAI_COMPATIBLE_BASE_URL"
  | "OPENAI_COMPATIBLE_API_KEY"
  | "OPENAI_COMPATIBLE_NAME"
>;

/** Provider names that are usable with this configuration (the router only routes to these). */
export function configuredProviders(config: Partial<ProviderConfig>): Set<string> {
  const names = new Set(["local"]);
  if (config.OPENAI_API_KEY) names.add("openai");
  if (config.COHERE_API_KEY) names.add("cohere");
  if (config.ANTHROPIC_API_KEY) names.add("anthropic");
  if (config.GOOGLE_GENERATIVE_AI_API_KEY) names.add("google");
  if (config.MISTRAL_API_KEY) names.add("mistral");
  if (config.OPENAI_COMPATIBLE_BASE_URL && config.OPENAI_COMPATIBLE_NAME) names.add(config.OPENAI_COMPATIBLE_NAME);
  return names;
}

export function buildModelRegistry(config: Partial<ProviderConfig>) {
  const providers: Record<string, Parameters<typeof createProviderRegistry>[0][string]> = {
    local: customProvider({
      // The extractive model writes structured outputs only with the writers given here (explicit,
      // not registered as a side effect of importing the task code).
      languageModels: { [LOCAL_EXTRACTIVE_MODEL_ID]: createLocalExtractiveModel({ writers: localTaskWriters() }) },
      embeddingModels: { [LOCAL_EMBEDDING_MODEL_ID]: createLocalEmbeddingModel() },
      rerankingModels: { [LOCAL_RERANKER_MODEL_ID]: createLocalReranker() },
    }),
  };
  // The router retries (maxRetries: 0 at call sites); the SDK's own retries would multiply them.
  if (config.OPENAI_API_KEY) providers.openai = createOpenAI({ apiKey: config.OPENAI_API_KEY });
  if (config.COHERE_API_KEY) providers.cohere = createCohere({ apiKey: config.COHERE_API_KEY });
  if (config.ANTHROPIC_API_KEY) providers.anthropic = createAnthropic({ apiKey: config.ANTHROPIC_API_KEY });
  if (config.GOOGLE_GENERATIVE_AI_API_KEY) providers.google = createGoogleGenerativeAI({ apiKey: config.GOOGLE_GENERATIVE_AI_API_KEY });
  if (config.MISTRAL_API_KEY) providers.mistral = createMistral({ apiKey: config.MISTRAL_API_KEY });
  if (config.OPENAI_COMPATIBLE_BASE_URL && config.OPENAI_COMPATIBLE_NAME) {
    providers[config.OPENAI_COMPATIBLE_NAME] = createOpenAICompatible({
      name: config.OPENAI_COMPATIBLE_NAME,
      // Without this the SDK sends no JSON schema and structured output mostly fails (stack notes).
      supportsStructuredOutputs: true,
      // Streams report no token usage without this (`stream_options.include_usage`), and budgets
      // would count streamed calls as free. The other providers report streamed usage on their
      // own (@ai-sdk/openai always asks for it); a server that still sends none is estimated
      // (lib/ai/usage/estimate-tokens.ts).
      includeUsage: true,
      baseURL: config.OPENAI_COMPATIBLE_BASE_URL,
      apiKey: config.OPENAI_COMPATIBLE_API_KEY,
    });
  }
  return createProviderRegistry(providers) as ProviderRegistryProvider;
}

export const modelRegistry = buildModelRegistry(env);

/** Known embedding sizes; a hosted model not listed here needs EMBEDDING_DIMENSIONS. */
const KNOWN_EMBEDDING_DIMENSIONS: Record<string, number> = {
  [`local:${LOCAL_EMBEDDING_MODEL_ID}`]: LOCAL_EMBEDDING_DIMENSIONS,
  "openai:text-embedding-3-small": 1536,
  "openai:text-embedding-3-large": 3072,
  "cohere:embed-multilingual-v3.0": 1024,
};

export type EmbeddingModelChoice = { registryId: string; modelId: string; dimensions: number; isLocal: boolean };

export function resolveEmbeddingModel(config: Pick<Env, "EMBEDDING_MODEL" | "EMBEDDING_DIMENSIONS">): EmbeddingModelChoice {
  const registryId = config.EMBEDDING_MODEL;
  const dimensions = KNOWN_EMBEDDING_DIMENSIONS[registryId] ?? config.EMBEDDING_DIMENSIONS;
  if (!dimensions) throw new Error(`EMBEDDING_DIMENSIONS is required for ${registryId} (its vector size is not in the catalog)`);
  return { registryId, modelId: registryId.slice(registryId.indexOf(":") + 1), dimensions, isLocal: registryId.startsWith("local:") };
}

const configuredEmbedding = resolveEmbeddingModel(env);

/**
 * The embedding model for a workspace's knowledge base. One per deployment today (a workspace
 * setting comes with the routing issue); the model id and dimension are stored with every chunk.
 */
export function embeddingModelFor(_workspaceId: string): EmbeddingModelChoice {
  return configuredEmbedding;
}

export function rerankerFor(_workspaceId: string) {
  return { registryId: env.RERANK_MODEL, isLocal: env.RERANK_MODEL.startsWith("local:") } as const;
}
