/**
 * Whether a parsed file is refused whole. Returns the sentence shown on the import, or null when
 * its valid rows are imported (without the reported bad lines).
 */
export function refusalReason(options: { accepted: number; rejected: number; maxRejectedShare: number }): string | null {
  const { accepted, rejected, maxRejectedShare } = options;
  if (accepted === 0 && rejected === 0) return "The file has a header row but no data rows. Nothing was imported.";
  if (accepted === 0) return `None of the ${rejected.toLocaleString("en")} data rows is valid (see the lines below). Nothing was imported.`;
  const share = rejected / (accepted + rejected);
  if (share > maxRejectedShare) {
    return `${rejected.toLocaleString("en")} of ${(accepted + rejected).toLocaleString("en")} data rows (${(share * 100).toFixed(1)} %) are invalid, more than the ${Math.round(maxRejectedShare * 100)} % that a few broken lines would explain: check the column mapping, the date order and the decimal separator. Nothing was imported.`;
  }
  return null;
}
