import type { JSONSchema7 } from "@ai-sdk/provider";
import type { ExtractiveInput } from "./read-prompt";

/**
 * Structured outputs the extractive model can write, keyed by the output name the caller gives
 * `Output.object({ name })`. The asset pipeline registers its writers (SEO page, ads) here, so this
 * model does not depend on the asset code, and a new output type is one registration.
 */
export type StructuredWriter = (input: ExtractiveInput, schema: JSONSchema7 | undefined) => unknown;

const writers = new Map<string, StructuredWriter>();

export function registerStructuredWriter(name: string, writer: StructuredWriter) {
  writers.set(name, writer);
}

export function structuredWriterFor(name: string | undefined): StructuredWriter | undefined {
  return name ? writers.get(name) : undefined;
}

/** Thrown for an output the model has no writer for: not retryable, the router falls back. */
export class UnsupportedOutputError extends Error {
  constructor(name: string | undefined) {
    super(`The local extractive model cannot write ${name ? `"${name}"` : "an unnamed structured output"}.`);
    this.name = "UnsupportedOutputError";
  }
}
