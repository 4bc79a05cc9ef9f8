import "server-only";
import { ROUTING_CATALOG } from "@/lib/ai/router";
import type { Database } from "@/lib/db/types";
import { modelCallAggregates, payloadAggregates, redactedVersionsByModel, webhookAggregate } from "./queries";

/**
 * One recipient of a workspace's data, for the data-protection officer's records of processing
 * (GDPR Art. 30): who received data, since when, how often, for what and which kind of data.
 */
export type ProcessingRecord = {
  recipientType: "model" | "webhook";
  /** The model id (`provider:model`) or the webhook's host. */
  recipient: string;
  provider: string;
  /** hosted (a provider's cloud) · self-hosted (the operator's own server) · local (inside Brandpilot) · unknown. */
  hosting: string;
  /** Where the provider processes the data, from the model catalog ("eu", "us", "global", "local"); "" when not known. */
  region: string;
  firstAt: Date;
  lastAt: Date;
  /** Model calls, or webhook deliveries. */
  count: number;
  /** Task names, or webhook events. */
  purposes: string[];
  dataKinds: string[];
  /** Whether personal data was removed before sending, where the app recorded it. */
  personalDataRemoved: string;
};

const HOSTING_LABELS: Record<string, string> = { external: "hosted", "self-hosted": "self-hosted", local: "local" };
const DATA_KIND_LABELS: Record<string, string> = {
  language: "prompt text",
  prompt: "prompt text",
  embedding: "texts to embed",
  reranking: "rerank query and passages",
  rerank: "rerank query and passages",
};

const earlier = (a: Date, b: Date) => (a < b ? a : b);
const later = (a: Date, b: Date) => (a > b ? a : b);

export async function listProcessingRecords(db: Database, options: { workspaceId: string }): Promise<ProcessingRecord[]> {
  const [calls, payloads, redacted, webhook] = [
    await modelCallAggregates(db, options.workspaceId),
    await payloadAggregates(db, options.workspaceId),
    await redactedVersionsByModel(db, options.workspaceId),
    await webhookAggregate(db, options.workspaceId),
  ];
  const catalog = new Map(ROUTING_CATALOG.map((entry) => [entry.id, entry]));
  const byModel = new Map<string, ProcessingRecord>();
  const recordFor = (modelId: string, firstAt: Date, lastAt: Date): ProcessingRecord => {
    const existing = byModel.get(modelId);
    if (existing) {
      existing.firstAt = earlier(existing.firstAt, firstAt);
      existing.lastAt = later(existing.lastAt, lastAt);
      return existing;
    }
    const entry = catalog.get(modelId);
    const versions = redacted.get(modelId);
    const record: ProcessingRecord = {
      recipientType: "model",
      recipient: modelId,
      provider: modelId.split(":")[0] ?? modelId,
      hosting: entry ? (HOSTING_LABELS[entry.hosting] ?? entry.hosting) : "unknown",
      region: entry?.region ?? "",
      firstAt,
      lastAt,
      count: 0,
      purposes: [],
      dataKinds: entry ? [DATA_KIND_LABELS[entry.kind] ?? entry.kind] : [],
      personalDataRemoved: versions ? `yes, recorded for ${versions} generated version${versions === 1 ? "" : "s"}` : "not recorded",
    };
    byModel.set(modelId, record);
    return record;
  };

  for (const call of calls) {
    const record = recordFor(call.modelId, call.firstAt, call.lastAt);
    record.count += call.calls;
    record.purposes = [...new Set([...record.purposes, ...call.tasks])].sort();
  }
  // Stored payloads add what the call records cannot: the hosting as sent and the kind of text.
  // Their calls are already counted above (while the call records are kept).
  for (const payload of payloads) {
    const isNew = !byModel.has(payload.modelId);
    const record = recordFor(payload.modelId, payload.firstAt, payload.lastAt);
    if (isNew) record.count = payload.calls;
    if (record.hosting === "unknown") record.hosting = HOSTING_LABELS[payload.hosting] ?? payload.hosting;
    record.dataKinds = [...new Set([...record.dataKinds, ...payload.kinds.map((kind) => DATA_KIND_LABELS[kind] ?? kind)])].sort();
  }

  const records = [...byModel.values()].sort((a, b) => a.recipient.localeCompare(b.recipient));
  if (webhook) {
    records.push({
      recipientType: "webhook",
      recipient: webhookHost(webhook.url),
      provider: "webhook",
      hosting: "external endpoint",
      region: "",
      firstAt: webhook.firstAt,
      lastAt: webhook.lastAt,
      count: webhook.deliveries,
      purposes: [...webhook.events].sort(),
      dataKinds: ["published asset versions (copy, title, kind, language)"],
      personalDataRemoved: "not applicable (published copy)",
    });
  }
  return records;
}

/** Only the host: a webhook's path or query may carry a token that does not belong in a report. */
function webhookHost(url: string | null): string {
  if (!url) return "(endpoint removed since)";
  try {
    return new URL(url).host;
  } catch {
    return "(invalid URL)";
  }
}
