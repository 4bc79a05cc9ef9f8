import "server-only";
import { embedMany } from "ai";
import { embeddingModelFor, modelRegistry } from "./registry";

/** Embeds texts for indexing or querying with the workspace's embedding model, through the registry. */
export async function embedForWorkspace(workspaceId: string, values: string[]) {
  const choice = embeddingModelFor(workspaceId);
  if (values.length === 0) return { embeddings: [] as number[][], ...choice };
  const model = modelRegistry.embeddingModel(choice.registryId as `${string}:${string}`);
  // The local model never fails transiently. A hosted one gets the SDK's default retries
  // (429/5xx with backoff) until the router owns retries for every call.
  const { embeddings } = await embedMany({ model, values, maxRetries: choice.isLocal ? 0 : 2 });
  if (embeddings.some((embedding) => embedding.length !== choice.dimensions)) {
    throw new Error(`${choice.registryId} returned vectors of the wrong size (expected ${choice.dimensions})`);
  }
  return { embeddings, ...choice };
}
