/**
 * Google Ads downloads end with summary rows such as "Total: Account", "Total: Search" or, in the
 * German UI, "Gesamt: Konto"; the other cells hold "--" or sums. They are skipped rather than
 * reported as errors, and must never be imported: they would double-count every metric.
 *
 * Rule: the first non-empty cell starts with Total/Totals/Gesamt/Summe/Insgesamt as a word,
 * and the row's date cell is not a date. The date check keeps a real row for a campaign
 * named "Total Recall" (first column) from being dropped. `hasValidDate` is a callback so the
 * date is only parsed for the rare rows whose label matches.
 */
const SUMMARY_LABEL = /^(?:totals?|gesamt|gesamtsumme|summe|insgesamt)\b/i;

export function isSummaryRow(cells: readonly string[], hasValidDate: () => boolean): boolean {
  const first = cells.find((cell) => cell.trim() !== "");
  return first !== undefined && SUMMARY_LABEL.test(first.trim()) && !hasValidDate();
}
