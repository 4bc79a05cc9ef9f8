import "server-only";
import { and, eq } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/queue";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";
import type { WebhookEventData, WebhookEventType } from "./events";

export const WEBHOOK_JOB_TYPE = "webhooks.deliver";
export const WEBHOOK_MAX_ATTEMPTS = 5;
export type WebhookJobPayload = { workspaceId: string; deliveryId: string };

/**
 * Records one event for the workspace's endpoint and queues its delivery, in the caller's
 * transaction: the state change and its event commit together, so a rolled-back change sends
 * nothing. Nothing is recorded when the endpoint is missing, paused, or did not choose this
 * event. A `dedupeKey` makes a second report of the same occurrence (another instance, a retried
 * job) a no-op. Returns the delivery id, or null when nothing was queued.
 */
export async function enqueueWebhookEvent<T extends WebhookEventType>(
  db: Database,
  options: {
    workspaceId: string;
    event: T;
    /** The event-specific fields; asset.published reads its content from the version at delivery instead. */
    data: T extends "asset.published" ? null : WebhookEventData<T>;
    assetId?: string;
    version?: number;
    dedupeKey?: string;
  },
): Promise<string | null> {
  const [endpoint] = await db.select({ isEnabled: webhookEndpoints.isEnabled, events: webhookEndpoints.events }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, options.workspaceId));
  if (!endpoint?.isEnabled || !endpoint.events.includes(options.event)) return null;
  const [inserted] = await db
    .insert(webhookDeliveries)
    .values({
      id: createId("webhookDelivery"),
      workspaceId: options.workspaceId,
      event: options.event,
      assetId: options.assetId ?? null,
      version: options.version ?? null,
      payload: options.data as Record<string, unknown> | null,
      dedupeKey: options.dedupeKey ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: webhookDeliveries.id });
  if (!inserted) return null;
  await enqueueDeliveryJob(db, options.workspaceId, inserted.id, 1);
  return inserted.id;
}

/** Sends a delivery again (a CMS that was down, a fixed receiver): a fresh set of attempts. */
export async function redeliver(db: Database, options: { workspaceId: string; deliveryId: string }) {
  const [delivery] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.workspaceId, options.workspaceId), eq(webhookDeliveries.id, options.deliveryId)));
  if (!delivery) throw new AppError("not_found", { key: "webhooks.deliveryDoesNotExist" });
  // A delivery still being retried would otherwise run twice and POST duplicates.
  if (delivery.status === "pending") throw new AppError("conflict", { key: "webhooks.deliveryStillBeingAttempted" });
  await db.update(webhookDeliveries).set({ status: "pending" }).where(eq(webhookDeliveries.id, delivery.id));
  await enqueueDeliveryJob(db, options.workspaceId, delivery.id, delivery.attempts + 1);
}

async function enqueueDeliveryJob(db: Database, workspaceId: string, deliveryId: string, round: number) {
  const payload: WebhookJobPayload = { workspaceId, deliveryId };
  await enqueueJob(db, { workspaceId, type: WEBHOOK_JOB_TYPE, payload, maxAttempts: WEBHOOK_MAX_ATTEMPTS, idempotencyKey: `webhook:${deliveryId}:${round}` });
  wakeWorkerAfterResponse();
}
