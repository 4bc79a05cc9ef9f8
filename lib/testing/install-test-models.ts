import { installModelSourceOverride, type ModelSourceOverride } from "@/lib/ai/routing/model-source";

/**
 * Routes the given tasks (default: all) to test models: a mock catalog, provider set, breaker and
 * model resolvers replace the real ones inside the router. Returns the function that removes them.
 * Plain (no Vitest) so scripts such as the router benchmark can use it; tests use useTestModels.
 */
export function installTestModels(override: ModelSourceOverride): () => void {
  installModelSourceOverride(override);
  return () => installModelSourceOverride(null);
}
