import type { DeliveryRow } from "@/components/assets/deliveries-table";

/**
 * English delivery states for the admin webhook log, which is not converted to messages yet (issue 20);
 * the asset page renders `assets.deliveries.statuses.*` instead. Remove when the webhook log uses messages.
 */
export const DELIVERY_STATUS_LABELS: Record<DeliveryRow["status"], string> = { pending: "Pending (retrying)", delivered: "Delivered", failed: "Failed" };
