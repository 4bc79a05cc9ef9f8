import { z } from "zod";

/**
 * What was sent to whom for one result: the data behind every privacy note (generation, field
 * rewrites, knowledge answers). Built from the router's record of requests that actually reached
 * a model (lib/ai/usage/accounting-middleware.ts), so a fallback after five failures says six
 * requests, and a cache hit says none. No client imports here: components render it.
 */
export const ModelDisclosureSchema = z.object({
  /** The model that wrote the result (null: none did, e.g. a best-effort draft). */
  model: z.string().nullable(),
  /** Served from the workspace's response cache: nothing was sent for this result. */
  fromCache: z.boolean(),
  /** Requests per model, in the order they were sent; `hosting` is the catalog's. */
  requests: z.array(z.object({ modelId: z.string(), hosting: z.string(), count: z.number().int().nonnegative() })),
  /** Personal data removed before anything was sent, by type. */
  redactions: z.array(z.object({ type: z.string(), count: z.number().int().nonnegative() })),
});

export type ModelDisclosure = z.infer<typeof ModelDisclosureSchema>;
export type RedactionCount = ModelDisclosure["redactions"][number];

/** Builds the disclosure from the router's sent requests (any shape with a model id and hosting). */
export function buildDisclosure(input: {
  model: string | null;
  cacheHit: string;
  sent: readonly { modelId: string; hosting: string }[];
  redactions: readonly RedactionCount[];
}): ModelDisclosure {
  const requests: ModelDisclosure["requests"] = [];
  for (const request of input.sent) {
    const last = requests.at(-1);
    if (last && last.modelId === request.modelId) last.count++;
    else requests.push({ modelId: request.modelId, hosting: request.hosting, count: 1 });
  }
  return { model: input.model, fromCache: input.cacheHit !== "none" && input.sent.length === 0, requests, redactions: [...input.redactions] };
}

/**
 * Redaction counts by type from whatever a redaction step returns: a total (number), counts by
 * type (`{ email: 2 }`), findings (`[{ type }]`) or counts (`[{ type, count }]`). The PII
 * detector's findings carry a type each; the older pattern redaction returns counts by type,
 * and the brief redaction a total only (shown as "personal data").
 */
export function redactionCounts(value: unknown): RedactionCount[] {
  const counts = new Map<string, number>();
  const add = (type: string, count: number) => {
    if (Number.isFinite(count) && count > 0) counts.set(type, (counts.get(type) ?? 0) + Math.round(count));
  };
  if (typeof value === "number") add("personal data", value);
  else if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === "object" && typeof (item as { type?: unknown }).type === "string") {
        const count = (item as { count?: unknown }).count;
        add((item as { type: string }).type, typeof count === "number" ? count : 1);
      }
    }
  } else if (value && typeof value === "object") {
    for (const [type, count] of Object.entries(value)) if (typeof count === "number") add(type, count);
  }
  return [...counts].map(([type, count]) => ({ type, count }));
}
