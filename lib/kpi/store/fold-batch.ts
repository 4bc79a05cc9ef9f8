import { naturalKey } from "@/lib/kpi/import/natural-key";
import type { ImportRow, LineError } from "@/lib/kpi/import/types";
import { addConversions } from "@/lib/kpi/metrics/totals";

export interface LinkedRow extends ImportRow {
  /** 1-based line of the file; for rows added together, the first one's. */
  line: number;
  assetId: string | null;
}

export interface FoldedRow extends LinkedRow {
  /** `naturalKey(row)`; the database stores its md5. */
  key: string;
}

/** The message for a row whose ad and day already came in another currency (`kept`: that earlier row, when known). */
export function currencyConflictMessage(line: number, currency: string, kept: { line: number; currency: string } | null): string {
  const earlier = kept ? `line ${kept.line}, but in ${currency} instead of ${kept.currency}` : `an earlier line of this file, but in another currency (${currency} here)`;
  return `line ${line}: the same ad and day as ${earlier}; money cannot be added across currencies, so the first line is kept. Export one currency per ad.`;
}

/**
 * Adds up rows of one batch that share a natural key: a report segmented by device or network
 * has one row per segment for the same ad and day, and the stored figure is their sum. Also
 * required by the database: one INSERT … ON CONFLICT cannot touch the same row twice.
 * A key repeated in another currency cannot be added (no exchange rate): that line is rejected.
 */
export function foldBatch(rows: readonly LinkedRow[]): { rows: FoldedRow[]; conflicts: LineError[] } {
  const byKey = new Map<string, FoldedRow>();
  const conflicts: LineError[] = [];
  for (const row of rows) {
    const key = naturalKey(row);
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...row, key });
      continue;
    }
    if (existing.currency !== row.currency) {
      conflicts.push({ line: row.line, message: currencyConflictMessage(row.line, row.currency, existing) });
      continue;
    }
    existing.impressions += row.impressions;
    existing.clicks += row.clicks;
    existing.conversions = addConversions(existing.conversions, row.conversions);
    existing.costMinor += row.costMinor;
    existing.revenueMinor += row.revenueMinor;
    existing.utmCampaign ??= row.utmCampaign;
    existing.utmContent ??= row.utmContent;
    existing.assetId ??= row.assetId;
  }
  return { rows: [...byKey.values()], conflicts };
}
