/*
 * JSON-LD travels as a JSON string (`SeoPage.jsonLd`) rather than as objects. Strict structured
 * output (OpenAI strict mode, and Gemini's schema subset) needs every object fully specified with
 * `additionalProperties: false`, so a free-form `Record<string, unknown>` cannot be expressed;
 * schema.org markup is open-ended by nature. A string lets the model write any markup, and this
 * parser plus validate/json-ld.ts check it afterwards.
 */
export type JsonLdNode = Record<string, unknown>;

export type JsonLdParseResult = { ok: true; nodes: JsonLdNode[] } | { ok: false; error: string };

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Parses the `jsonLd` field. An empty string means "no structured data"; a single object is
 * accepted as a one-element array because that is how JSON-LD is usually embedded.
 */
export function parseJsonLd(json: string): JsonLdParseResult {
  if (json.trim() === "") return { ok: true, nodes: [] };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const items = Array.isArray(value) ? value : [value];
  const nonObject = items.findIndex((item) => !isJsonObject(item));
  if (nonObject !== -1) return { ok: false, error: `item ${nonObject + 1} is not a JSON object` };
  return { ok: true, nodes: items as JsonLdNode[] };
}

export function serializeJsonLd(nodes: readonly JsonLdNode[]): string {
  return JSON.stringify(nodes);
}
