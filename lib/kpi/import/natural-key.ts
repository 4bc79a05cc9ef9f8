import type { ImportRow } from "./types";

export type NaturalKeyFields = Pick<ImportRow, "date" | "platform" | "campaign" | "adGroup" | "adId">;

/**
 * Identity of an imported row: one ad, in one ad group, campaign and ad platform, on one day. The
 * storage layer upserts on (workspace, naturalKey) so importing the same export twice, or an
 * overlapping date range, updates the numbers instead of duplicating them (platforms revise
 * recent days as late conversions arrive, so re-imports are normal).
 *
 * - Workspace-independent: the workspace is a separate column of the unique index.
 * - Metrics, currency and UTM tags are not part of it: they are what a re-import updates.
 * - Encoded as a JSON array, which is unambiguous for any text (no separator can collide) and
 *   stable; texts are NFC-normalised so a macOS (NFD) re-export of "Frühling" matches.
 * - Names are part of the key because not every export has ids: renaming a campaign therefore
 *   creates new keys for days imported after the rename.
 */
export function naturalKey(row: NaturalKeyFields): string {
  return JSON.stringify([row.date, row.platform, row.campaign.normalize("NFC"), row.adGroup.normalize("NFC"), row.adId.normalize("NFC")]);
}
