import { onTestFinished } from "vitest";
import type { ModelSourceOverride } from "@/lib/ai/routing/model-source";
import { installTestModels } from "./install-test-models";

/**
 * Test models for the rest of the current test (see installTestModels): domain functions are
 * called exactly as production calls them, and the router resolves the test's models instead.
 */
export function useTestModels(override: ModelSourceOverride): void {
  onTestFinished(installTestModels(override));
}
