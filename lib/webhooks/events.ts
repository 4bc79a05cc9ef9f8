import { z } from "zod";

/**
 * The webhook contract: every event a workspace's endpoint can choose and the JSON body it
 * receives. These schemas are the one description of the payloads (docs/webhooks.md describes
 * them in prose; an OpenAPI spec can take them as they are). The delivery job parses each body
 * with them before signing, so a body that leaves the server always matches.
 */
export const WEBHOOK_EVENT_TYPES = ["asset.submitted", "asset.approved", "asset.published", "import.finished", "budget.warning"] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** What an endpoint receives until its admin chooses otherwise (and what endpoints saved before event choice receive). */
export const DEFAULT_WEBHOOK_EVENTS: readonly WebhookEventType[] = ["asset.published"];

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, { label: string; description: string }> = {
  "asset.submitted": { label: "Asset submitted", description: "An asset was submitted for review." },
  "asset.approved": { label: "Asset approved", description: "An editor approved an asset." },
  "asset.published": { label: "Asset published", description: "An asset was published, with its content." },
  "import.finished": { label: "Import finished", description: "A knowledge upload or product feed import finished indexing, or failed." },
  "budget.warning": { label: "Budget warning", description: "The monthly model budget reached 80 % or its limit (once per level and month)." },
};

export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES);

const envelope = {
  id: z.string().describe("Stable event id (evt_…): the same on every retry and redelivery; receivers dedupe on it."),
  deliveryId: z.string().describe("This delivery (whd_…); also in the x-brandpilot-delivery header."),
  createdAt: z.iso.datetime().describe("When the event happened (ISO 8601, UTC)."),
  workspace: z.string().describe("The workspace's slug."),
};

const assetRef = z.object({
  id: z.string(),
  kind: z.string().describe("Asset kind, e.g. google-rsa, meta-ad, seo-article."),
  language: z.enum(["de", "en"]),
  title: z.string(),
  version: z.number().int().positive().describe("The version the event concerns."),
});
const actorRef = z.object({ id: z.string().describe("The member's user id (usr_…).") });

export const assetSubmittedEventSchema = z.object({
  event: z.literal("asset.submitted"),
  ...envelope,
  asset: assetRef.extend({ submittedAt: z.iso.datetime() }),
  actor: actorRef,
});

export const assetApprovedEventSchema = z.object({
  event: z.literal("asset.approved"),
  ...envelope,
  asset: assetRef.extend({ approvedAt: z.iso.datetime() }),
  actor: actorRef,
  compliance: z.object({ score: z.number().nullable(), minimum: z.number().nullable(), belowMinimum: z.boolean() }).nullable().describe("The version's compliance score against the workspace minimum; null when not scored."),
  validationOverridden: z.boolean().describe("Approved despite failing validation or a score below the minimum, with a reason."),
});

export const assetPublishedEventSchema = z.object({
  event: z.literal("asset.published"),
  ...envelope,
  asset: assetRef.extend({ publishedAt: z.iso.datetime().nullable() }),
  content: z.record(z.string(), z.unknown()).describe("The published version's content, shaped by the asset kind."),
});

const count = z.number().int().nonnegative();
export const importFinishedEventSchema = z.object({
  event: z.literal("import.finished"),
  ...envelope,
  import: z.object({
    kind: z.enum(["knowledge_source", "product_feed"]).describe("An uploaded or pasted knowledge source, or a product feed import."),
    jobId: z.string().nullable().describe("The ingestion job (job_…); null for a feed import where no product changed."),
    status: z.enum(["succeeded", "partial", "failed"]).describe("succeeded: every version indexed (or a duplicate); partial: some failed; failed: none indexed or the job failed."),
    error: z.string().nullable().describe("Why the job failed, when it did."),
    finishedAt: z.iso.datetime(),
    versions: z.object({ total: count, indexed: count, duplicate: count, failed: count, superseded: count }).describe("Source versions in this import by outcome."),
    feed: z
      .object({ id: z.string(), name: z.string(), created: count, updated: count, unchanged: count, retired: count, skippedRows: count })
      .nullable()
      .describe("For a product feed: what the import did to the catalog; null otherwise."),
  }),
});

export const budgetWarningEventSchema = z.object({
  event: z.literal("budget.warning"),
  ...envelope,
  budget: z.object({
    month: z.string().regex(/^\d{4}-\d{2}$/).describe("The budget period (UTC month)."),
    threshold: z.union([z.literal(80), z.literal(100)]).describe("Percent of a limit reached: 80 warns, 100 means paid models stop until next month."),
    message: z.string(),
    spentUsd: z.number().nonnegative(),
    costLimitUsd: z.number().nullable(),
    tokens: count,
    tokenLimit: z.number().int().nullable(),
  }),
});

export const WEBHOOK_EVENT_SCHEMAS = {
  "asset.submitted": assetSubmittedEventSchema,
  "asset.approved": assetApprovedEventSchema,
  "asset.published": assetPublishedEventSchema,
  "import.finished": importFinishedEventSchema,
  "budget.warning": budgetWarningEventSchema,
} as const satisfies Record<WebhookEventType, z.ZodType>;

/** Any delivery body, told apart by `event` (also sent as the x-brandpilot-event header). */
export const webhookEventBodySchema = z.discriminatedUnion("event", [assetSubmittedEventSchema, assetApprovedEventSchema, assetPublishedEventSchema, importFinishedEventSchema, budgetWarningEventSchema]);
export type WebhookEventBody = z.infer<typeof webhookEventBodySchema>;

type EnvelopeKey = keyof typeof envelope | "event";
/** The event-specific part of a body, as stored with the delivery when the event happens. */
export type WebhookEventData<T extends WebhookEventType> = Omit<z.infer<(typeof WEBHOOK_EVENT_SCHEMAS)[T]>, EnvelopeKey>;

/** Request headers of every delivery, next to x-brandpilot-signature (sign.ts). */
export const WEBHOOK_HEADERS = { event: "x-brandpilot-event", eventId: "x-brandpilot-event-id", delivery: "x-brandpilot-delivery" } as const;
