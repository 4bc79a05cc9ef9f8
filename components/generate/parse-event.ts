import { GenerationEventSchema, type GenerationEvent } from "@/lib/assets/generate/stream-events";

export type ResultEvent = Extract<GenerationEvent, { type: "result" }>;

/**
 * Turns a parsed NDJSON value into a typed event, or null when it is not one. The server is
 * ours, but a proxy can inject lines and a newer server can add event types: unknown lines are
 * skipped instead of crashing the page. The schema is the one the route writes against.
 */
export function toGenerationEvent(value: unknown): GenerationEvent | null {
  const parsed = GenerationEventSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
