import type { StructuredWriters } from "../local-models/extractive/structured-writers";
import { extractRulesLocalWriters } from "./extract-rules/local-writer";
import { generateAssetLocalWriters } from "./generate-asset/local-writer";
import { judgeLocalWriters } from "./judge/local-writer";
import { rewriteFieldLocalWriters } from "./rewrite-field/local-writer";

/**
 * Every task's writer for the local extractive model, keyed by output name. The provider registry
 * builds the model with these (registry.ts); a task with a local writer adds its line here.
 * answer-question needs none: the model answers text prompts itself.
 */
export function localTaskWriters(): StructuredWriters {
  return {
    ...generateAssetLocalWriters(),
    ...rewriteFieldLocalWriters(),
    ...judgeLocalWriters(),
    ...extractRulesLocalWriters(),
  };
}
