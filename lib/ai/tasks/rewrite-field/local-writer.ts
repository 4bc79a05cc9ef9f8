import type { StructuredWriter } from "@/lib/ai/local-models/extractive/structured-writers";
import { writeFieldRewrite } from "@/lib/assets/generate/local-writers/field-rewrite-writer";
import { REWRITE_FIELD_OUTPUT } from "./schema";

/** The rewrite-field task's local extractive writer, keyed by output name. */
export function rewriteFieldLocalWriters(): Record<typeof REWRITE_FIELD_OUTPUT, StructuredWriter> {
  return { [REWRITE_FIELD_OUTPUT]: (input) => writeFieldRewrite(input) };
}
