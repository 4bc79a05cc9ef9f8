import "server-only";
import { embedMany } from "ai";
import { embeddingModelFor, modelRegistry } from "./registry";

/** Embeds texts for indexing or querying with the workspace's embedding model, through the registry. */
export async function embedForWorkspace(workspaceId: string, values: string[]) {
  const choice = embeddingModelFor(workspaceId);
  if (values.length === 0) return { embeddings: [] as number[][], ...choice };
  const model = modelRegistry.embeddingModel(choice.registryId as `local:${string}`);
  // The local model never fails transiently; hosted retries are the router's job (issue 4).
  const { embeddings } = await embedMany({ model, values, maxRetries: 0 });
  return { embeddings, ...choice };
}
