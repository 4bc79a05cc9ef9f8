import type { KnowledgeConnector } from "@/lib/db/schema/knowledge-connectors";

const HOUR_MS = 60 * 60 * 1000;
const INTERVAL_MS = { hourly: HOUR_MS, daily: 24 * HOUR_MS, weekly: 7 * 24 * HOUR_MS } as const;

/** When a connector syncs next on its own: never while paused or manual. */
export function nextSyncAt(connector: Pick<KnowledgeConnector, "schedule" | "isPaused">, from: Date): Date | null {
  if (connector.isPaused || connector.schedule === "manual") return null;
  return new Date(from.getTime() + INTERVAL_MS[connector.schedule]);
}

/** How often the due-connector sweep is queued; a connector is at most this late. */
export const SWEEP_INTERVAL_MS = 5 * 60 * 1000;

export function sweepBucket(now: Date): string {
  return new Date(Math.floor(now.getTime() / SWEEP_INTERVAL_MS) * SWEEP_INTERVAL_MS).toISOString();
}
