import type { JSONSchema7 } from "@ai-sdk/provider";
import type { ExtractiveInput } from "./read-prompt";

/**
 * Structured outputs the extractive model can write, keyed by the output name the caller gives
 * `Output.object({ name })`. The model holds no writers of its own: whoever builds it passes them
 * in (the provider registry passes every task's local writer, lib/ai/tasks/local-writers.ts), so
 * nothing depends on an import having run first, and this model does not depend on the task code.
 */
export type StructuredWriter = (input: ExtractiveInput, schema: JSONSchema7 | undefined) => unknown;

export type StructuredWriters = Readonly<Record<string, StructuredWriter>>;

/** Thrown for an output the model has no writer for: not retryable, the router falls back. */
export class UnsupportedOutputError extends Error {
  constructor(name: string | undefined) {
    super(`The local extractive model cannot write ${name ? `"${name}"` : "an unnamed structured output"}.`);
    this.name = "UnsupportedOutputError";
  }
}
