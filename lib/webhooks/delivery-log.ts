import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { assets, webhookDeliveries, webhookDeliveryAttempts } from "@/lib/db/schema";
import type { Database } from "@/lib/db/types";
import type { WebhookEventData } from "./events";

/** The webhook delivery log of a workspace: each event with its attempts' status and response excerpt. */
export async function listDeliveries(db: Database, options: { workspaceId: string; limit?: number }) {
  const deliveries = await db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      event: webhookDeliveries.event,
      assetId: webhookDeliveries.assetId,
      title: assets.title,
      version: webhookDeliveries.version,
      payload: webhookDeliveries.payload,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      createdAt: webhookDeliveries.createdAt,
      deliveredAt: webhookDeliveries.deliveredAt,
    })
    .from(webhookDeliveries)
    .leftJoin(assets, and(eq(assets.workspaceId, webhookDeliveries.workspaceId), eq(assets.id, webhookDeliveries.assetId)))
    .where(eq(webhookDeliveries.workspaceId, options.workspaceId))
    .orderBy(desc(webhookDeliveries.createdAt))
    .limit(options.limit ?? 50);
  const attempts = deliveries.length
    ? await db
        .select()
        .from(webhookDeliveryAttempts)
        .where(and(eq(webhookDeliveryAttempts.workspaceId, options.workspaceId), inArray(webhookDeliveryAttempts.deliveryId, deliveries.map((d) => d.id))))
        .orderBy(desc(webhookDeliveryAttempts.createdAt))
    : [];
  return deliveries.map(({ payload, ...d }) => ({
    ...d,
    summary: summarize(d.event, payload),
    log: attempts.filter((a) => a.deliveryId === d.id).map((a) => ({ statusCode: a.statusCode, responseExcerpt: a.responseExcerpt, error: a.error, durationMs: a.durationMs, createdAt: a.createdAt })),
  }));
}

/** One line for events that are not about an asset (asset events link to the asset instead). */
function summarize(event: string, payload: Record<string, unknown> | null): string | null {
  if (!payload) return null;
  if (event === "import.finished") {
    const { import: done } = payload as WebhookEventData<"import.finished">;
    const what = done.feed ? `Product feed “${done.feed.name}”` : "Knowledge source";
    return `${what}: ${done.status}, ${done.versions.indexed} indexed, ${done.versions.duplicate} duplicate, ${done.versions.failed} failed`;
  }
  if (event === "budget.warning") return (payload as WebhookEventData<"budget.warning">).budget.message;
  return null;
}
