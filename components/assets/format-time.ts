/**
 * Times as "2025-03-12 14:03 UTC". Fixed zone and format on purpose: pages render on the server,
 * and a locale- or zone-dependent string would differ between server and browser.
 */
export function formatDateTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return "unknown time";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "45 min", "3 h", "2 d": how long something has waited, coarse enough to read at a glance. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return "less than a minute";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}

/** "waiting 3 h" since the asset entered review (or since its last change when that is unknown). */
export function formatWaiting(since: Date | string | null, now: Date | number): string {
  if (since === null) return "waiting (time unknown)";
  const from = typeof since === "string" ? new Date(since).getTime() : since.getTime();
  const to = typeof now === "number" ? now : now.getTime();
  return `waiting ${formatDuration(to - from)}`;
}

export type WaitingSpan = { unit: "lessThanMinute" | "minutes" | "hours" | "days"; value: number } | null;

/**
 * The span behind `formatWaiting`, language-free: the page renders it with `review.table.waiting` so German
 * readers get "wartet seit 3 Std." from the same rounding. Null when the start is unknown.
 */
export function waitingSpan(since: Date | string | null, now: Date | number): WaitingSpan {
  if (since === null) return null;
  const from = typeof since === "string" ? new Date(since).getTime() : since.getTime();
  const to = typeof now === "number" ? now : now.getTime();
  const minutes = Math.max(0, Math.floor((to - from) / 60_000));
  if (minutes < 1) return { unit: "lessThanMinute", value: 0 };
  if (minutes < 60) return { unit: "minutes", value: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: "hours", value: hours };
  return { unit: "days", value: Math.floor(hours / 24) };
}
