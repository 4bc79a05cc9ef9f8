import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { assets, assetVersions, webhookDeliveries, webhookDeliveryAttempts, webhookEndpoints, workspaces } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { env } from "@/lib/env";
import { PermanentJobError, type JobHandler } from "@/lib/jobs/worker";
import { describeOutboundFailure, safeFetch } from "@/lib/http/outbound/safe-fetch";
import { SIGNATURE_HEADER, signPayload } from "./sign";
import { webhookMayReachPrivateNetworks } from "./webhook-settings";
import type { WebhookJobPayload } from "./enqueue-delivery";
import { WEBHOOK_HEADERS, webhookEventBodySchema } from "./events";

const EXCERPT_BYTES = 2_048;

/**
 * Delivers one event to the workspace's webhook: a JSON body signed with
 * HMAC-SHA256, through the safe outbound client (the addresses connected to are checked, no
 * redirects), every attempt logged with its status (and, when accepted, the start of the answer). A non-2xx
 * answer or a network error fails the attempt, and the job queue retries it with jittered
 * exponential backoff (2 s, 4 s, 8 s …) up to WEBHOOK_MAX_ATTEMPTS; then the delivery is failed
 * until someone redelivers it.
 */
export const webhookDeliveryJobHandler: JobHandler = {
  async run({ db, job }) {
    const { workspaceId, deliveryId } = job.payload as WebhookJobPayload;
    const [delivery] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.workspaceId, workspaceId), eq(webhookDeliveries.id, deliveryId)));
    if (!delivery) throw new PermanentJobError("The delivery no longer exists.");
    const [endpoint] = await db.select().from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, workspaceId));
    if (!endpoint?.isEnabled) throw new PermanentJobError("The workspace has no enabled webhook.");
    let body: string;
    try {
      body = await buildBody(db, delivery);
    } catch (cause) {
      // Nothing to send will not change on retry: show the delivery failed (redeliverable) instead of pending forever.
      if (cause instanceof PermanentJobError) await db.update(webhookDeliveries).set({ status: "failed" }).where(eq(webhookDeliveries.id, deliveryId));
      throw cause;
    }
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let excerpt: string | null = null;
    let error: string | null = null;
    try {
      const response = await safeFetch(endpoint.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "Brandpilot-Webhook/1",
          [SIGNATURE_HEADER]: signPayload(endpoint.secret, body, timestamp),
          [WEBHOOK_HEADERS.event]: delivery.event,
          [WEBHOOK_HEADERS.eventId]: delivery.eventId,
          [WEBHOOK_HEADERS.delivery]: delivery.id,
        },
        body,
        allowPrivateNetworks: await webhookMayReachPrivateNetworks(db, workspaceId),
        timeoutMs: env.WEBHOOK_TIMEOUT_MS,
        // A webhook is not followed elsewhere: the receiver is the URL the admin saved.
        maxRedirects: 0,
        maxBytes: EXCERPT_BYTES,
        truncate: true,
      });
      statusCode = response.status;
      // Only an accepting receiver's answer is kept (its acknowledgement); a failed or refused
      // delivery keeps its status and a sentence, never what some other service answered.
      if (statusCode >= 200 && statusCode < 300) excerpt = response.body.toString("utf8");
      else error = `The receiver answered HTTP ${statusCode}.`;
    } catch (cause) {
      error = describeOutboundFailure(cause);
    }
    const ok = statusCode !== null && statusCode >= 200 && statusCode < 300;
    await db.insert(webhookDeliveryAttempts).values({ id: createId("webhookAttempt"), deliveryId, workspaceId, statusCode, responseExcerpt: excerpt, error, durationMs: Math.round(performance.now() - started) });
    const isLastAttempt = job.attempts >= job.maxAttempts;
    await db
      .update(webhookDeliveries)
      .set({ attempts: sql`${webhookDeliveries.attempts} + 1`, lastStatusCode: statusCode, status: ok ? "delivered" : isLastAttempt ? "failed" : "pending", deliveredAt: ok ? new Date() : null })
      .where(eq(webhookDeliveries.id, deliveryId));
    if (!ok) throw new Error(error ?? `The receiver answered HTTP ${statusCode}.`);
  },
};

type Delivery = typeof webhookDeliveries.$inferSelect;

/**
 * The JSON body: the envelope plus the event's fields, checked against its schema (events.ts) so
 * nothing off-contract is ever signed and sent. asset.published reads the content from the
 * version (immutable, so every retry sends the same); other events carry what was stored when
 * they happened.
 */
async function buildBody(db: Database, delivery: Delivery): Promise<string> {
  const [workspace] = await db.select({ slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, delivery.workspaceId));
  const envelope = { event: delivery.event, id: delivery.eventId, deliveryId: delivery.id, createdAt: delivery.createdAt.toISOString(), workspace: workspace?.slug };
  let fields: Record<string, unknown> | null = delivery.payload;
  if (delivery.event === "asset.published") {
    const [asset] = delivery.assetId ? await db.select().from(assets).where(and(eq(assets.workspaceId, delivery.workspaceId), eq(assets.id, delivery.assetId))) : [];
    const [version] = asset && delivery.version !== null ? await db.select().from(assetVersions).where(and(eq(assetVersions.assetId, asset.id), eq(assetVersions.version, delivery.version))) : [];
    if (!asset || !version) throw new PermanentJobError("The published version no longer exists.");
    fields = {
      asset: { id: asset.id, kind: asset.kind, language: asset.language, title: asset.title, version: version.version, publishedAt: asset.publishedAt?.toISOString() ?? null },
      content: version.content,
    };
  }
  const parsed = webhookEventBodySchema.safeParse({ ...fields, ...envelope });
  if (!parsed.success) throw new PermanentJobError(`The ${delivery.event} event does not match its documented shape: ${z.prettifyError(parsed.error)}`);
  return JSON.stringify(parsed.data);
}
