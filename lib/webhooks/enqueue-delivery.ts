import "server-only";
import { and, eq } from "drizzle-orm";
import { webhookDeliveries, webhookEndpoints } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import { createId } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/queue";
import { wakeWorkerAfterResponse } from "@/lib/jobs/wake-worker";

export const WEBHOOK_JOB_TYPE = "webhooks.deliver";
export const WEBHOOK_MAX_ATTEMPTS = 5;
export type WebhookJobPayload = { workspaceId: string; deliveryId: string };

/** On publish: a delivery of that version, if the workspace has an enabled webhook (in the caller's transaction). */
export async function enqueuePublishedDelivery(db: Database, options: { workspaceId: string; assetId: string; version: number }) {
  const [endpoint] = await db.select({ isEnabled: webhookEndpoints.isEnabled }).from(webhookEndpoints).where(eq(webhookEndpoints.workspaceId, options.workspaceId));
  if (!endpoint?.isEnabled) return null;
  const deliveryId = createId("webhookDelivery");
  await db.insert(webhookDeliveries).values({ id: deliveryId, workspaceId: options.workspaceId, assetId: options.assetId, version: options.version, event: "asset.published" });
  await enqueueDeliveryJob(db, options.workspaceId, deliveryId, 1);
  return deliveryId;
}

/** Sends a delivery again (a CMS that was down, a fixed receiver): a fresh set of attempts. */
export async function redeliver(db: Database, options: { workspaceId: string; deliveryId: string }) {
  const [delivery] = await db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.workspaceId, options.workspaceId), eq(webhookDeliveries.id, options.deliveryId)));
  if (!delivery) throw new AppError("not_found", "That delivery does not exist in this workspace.");
  // A delivery still being retried would otherwise run twice and POST duplicates.
  if (delivery.status === "pending") throw new AppError("conflict", "This delivery is still being attempted; redeliver it once it has been delivered or has failed.");
  await db.update(webhookDeliveries).set({ status: "pending" }).where(eq(webhookDeliveries.id, delivery.id));
  await enqueueDeliveryJob(db, options.workspaceId, delivery.id, delivery.attempts + 1);
}

async function enqueueDeliveryJob(db: Database, workspaceId: string, deliveryId: string, round: number) {
  const payload: WebhookJobPayload = { workspaceId, deliveryId };
  await enqueueJob(db, { workspaceId, type: WEBHOOK_JOB_TYPE, payload, maxAttempts: WEBHOOK_MAX_ATTEMPTS, idempotencyKey: `webhook:${deliveryId}:${round}` });
  wakeWorkerAfterResponse();
}
