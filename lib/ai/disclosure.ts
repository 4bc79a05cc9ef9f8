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

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const REDACTION_LABELS: Record<string, [string, string]> = {
  email: ["e-mail address", "e-mail addresses"],
  phone: ["phone number", "phone numbers"],
  iban: ["IBAN", "IBANs"],
  card: ["card number", "card numbers"],
  person: ["name", "names"],
  address: ["postal address", "postal addresses"],
  date_of_birth: ["date of birth", "dates of birth"],
  handle: ["social handle", "social handles"],
  tax_id: ["tax id", "tax ids"],
};

function redactionPhrase({ type, count }: RedactionCount): string {
  const label = REDACTION_LABELS[type.toLowerCase().replace(/[\s-]+/g, "_")];
  return label ? plural(count, label[0], label[1]) : `${count} × ${type.toLowerCase().replace(/_/g, " ")}`;
}

const isLocal = (hosting: string) => hosting === "local";
const LOCAL_EXTRACTIVE = /^local:extractive/;

function modelPhrase(modelId: string): string {
  return LOCAL_EXTRACTIVE.test(modelId) ? `the local extractive model (${modelId})` : modelId.startsWith("local:") ? `the local model ${modelId}` : modelId;
}

/**
 * The privacy note's sentences, the same for every path (local extractive, hosted, self-hosted,
 * fallback, cache): who wrote the result, how many requests left this server and to which
 * provider and model, and what personal data was removed before sending.
 */
export function describeModelUse(disclosure: ModelDisclosure): string[] {
  const sentences: string[] = [];
  const leaving = disclosure.requests.filter((r) => !isLocal(r.hosting));
  const total = leaving.reduce((sum, r) => sum + r.count, 0);

  if (disclosure.fromCache) sentences.push(`Served from this workspace's response cache${disclosure.model ? ` (first written by ${modelPhrase(disclosure.model)})` : ""}.`);
  else if (disclosure.model) sentences.push(`Written by ${modelPhrase(disclosure.model)}.`);
  else sentences.push("No model produced a usable result.");

  if (total === 0) {
    sentences.push(disclosure.fromCache ? "Nothing was sent to an AI provider for this result." : "Nothing was sent to an AI provider: everything ran on this server.");
  } else {
    const parts = leaving.map((r) => {
      const where = r.hosting === "self-hosted" ? "your self-hosted model" : "";
      const outcome = r.modelId === disclosure.model ? "" : " (no usable answer)";
      return `${plural(r.count, "request")} to ${where ? `${where} ` : ""}${r.modelId}${outcome}`;
    });
    sentences.push(`${total === 1 ? "1 request was" : `${total} requests were`} sent outside this server: ${parts.join(", ")}.`);
    if (disclosure.model?.startsWith("local:")) sentences.push("The providers gave no usable answer, so the local model wrote this result on this server.");
  }

  const removed = disclosure.redactions.filter((r) => r.count > 0);
  sentences.push(
    removed.length > 0
      ? `Removed before anything was sent: ${removed.map(redactionPhrase).join(", ")}.`
      : "No personal data was recognised, so nothing was removed.",
  );
  return sentences;
}
