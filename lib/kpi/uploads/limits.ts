/**
 * Import limits. A million-row Google Ads export is about 120–180 MB; the cap leaves room for
 * wider exports while keeping a runaway upload from filling the database.
 */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/**
 * Bytes per upload request. Chunks travel base64-encoded in a server action (body limit 30 MB,
 * next.config.ts); 4 MiB keeps each request small enough to retry cheaply.
 */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 * 1024;

/** Rejected lines kept for display and export; the count is always complete. */
export const MAX_STORED_LINE_ERRORS = 1_000;

/**
 * Above this share of rejected data rows the whole file is refused: that many bad lines means a
 * wrong mapping or a broken export (day/month swapped, a shifted column), not a few typos, and
 * importing the rest would put a distorted sample on the dashboard.
 */
export const MAX_REJECTED_SHARE = 0.1;

/** Uploads left unfinished this long are deleted with their chunks when the next import starts. */
export const ABANDONED_UPLOAD_HOURS = 24;

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
