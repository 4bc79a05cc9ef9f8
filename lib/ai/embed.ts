import "server-only";
import { embedMany } from "ai";
import type { Database } from "@/lib/db/types";
import { countTokens } from "@/lib/rag/text/tokenize";
import { redactAll } from "./redact";
import { embeddingModelFor, type EmbeddingModelChoice } from "./registry";
import { routeModelCall } from "./router";

export type EmbedOptions = {
  workspaceId: string;
  values: string[];
  /** The texts come from sources classified confidential: only a local or self-hosted embedder may see them. */
  isConfidential: boolean;
  /** Default: the workspace's embedding model (EMBEDDING_MODEL). */
  modelChoice?: EmbeddingModelChoice;
};

/**
 * Embeds texts with the workspace's embedding model, through the router: the call is recorded,
 * timed out, retried and circuit-broken like any other, and the data protection rules apply
 * (confidential text never goes to an external embedder). There is no fallback model: vectors of
 * different models are not comparable, so the index's model is the only candidate.
 */
export async function embedForWorkspace(db: Database, options: EmbedOptions) {
  const choice = options.modelChoice ?? embeddingModelFor(options.workspaceId);
  if (options.values.length === 0) return { embeddings: [] as number[][], ...choice };
  // An external embedder sees the texts with personal data replaced by placeholders (vectors of
  // "[PERSON_1] recommends the jacket" still find the jacket); what still scores as personal
  // data after that may only go to a local or self-hosted embedder.
  const redacted = choice.isLocal ? { texts: options.values, containsPersonalData: false } : redactAll(options.values);
  const values = redacted.texts;
  const estimatedTokens = choice.isLocal ? 0 : values.reduce((sum, value) => sum + countTokens(value), 0);
  const result = await routeModelCall<number[][]>({
    db,
    workspaceId: options.workspaceId,
    // Embeddings serve a user's request or a job; the request itself is what is rate-limited.
    userId: null,
    task: "embed",
    request: {
      estimatedInputTokens: estimatedTokens,
      estimatedOutputTokens: 0,
      containsUnredactedPersonalData: redacted.containsPersonalData,
      usesConfidentialContext: options.isConfidential,
    },
    policy: { onlyModels: { ids: [choice.registryId], reason: `the index is built with ${choice.registryId}; vectors of other models are not comparable` } },
    cache: false,
    run: async ({ embeddingModel, signal, telemetry }) => {
      const { embeddings, usage } = await embedMany({ model: embeddingModel, values, abortSignal: signal, maxRetries: 0, telemetry });
      // Providers that report no usage leave tokens undefined or NaN: count our estimate instead.
      return { value: embeddings, usage: { inputTokens: Number.isFinite(usage.tokens) ? usage.tokens : estimatedTokens, outputTokens: 0 } };
    },
  });
  if (result.value.some((embedding) => embedding.length !== choice.dimensions)) {
    throw new Error(`${choice.registryId} returned vectors of the wrong size (expected ${choice.dimensions})`);
  }
  return { embeddings: result.value, ...choice };
}
