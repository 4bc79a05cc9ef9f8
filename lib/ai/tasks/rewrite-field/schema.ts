import { CitedTextSchema } from "@/lib/assets/schemas/cited-text";

/** Output name of the rewrite-field task (the local extractive model's writer is keyed by it). */
export const REWRITE_FIELD_OUTPUT = "rewrite-field";

/** One text field with its citations: the same contract as every cited field of an asset. */
export const RewriteFieldOutputSchema = CitedTextSchema;
