import type { LineError } from "@/lib/kpi/import/types";

/** How many rejected lines a refusal quotes; the import's line list holds the rest. */
const QUOTED_LINES = 3;

/**
 * Whether a parsed file is refused whole. Returns the sentence shown on the import (naming the file and quoting the
 * first rejected lines with their reasons), or null when its valid rows are imported (without the reported bad lines).
 */
export function refusalReason(options: { fileName: string; accepted: number; rejected: number; maxRejectedShare: number; errors?: readonly LineError[] }): string | null {
  const { accepted, rejected, maxRejectedShare } = options;
  const name = `"${options.fileName}"`;
  if (accepted === 0 && rejected === 0) return `${name} has a header row but no data rows. Nothing was imported.`;
  const quoted = firstLines(options.errors ?? []);
  if (accepted === 0) return `None of the ${rejected.toLocaleString("en")} data rows of ${name} can be read${quoted}. Nothing was imported.`;
  const share = rejected / (accepted + rejected);
  if (share > maxRejectedShare) {
    return `${rejected.toLocaleString("en")} of ${(accepted + rejected).toLocaleString("en")} data rows of ${name} (${(share * 100).toFixed(1)} %) cannot be read, more than the ${Math.round(maxRejectedShare * 100)} % that a few broken lines would explain: check the column mapping, the date order and the decimal separator${quoted}. Nothing was imported.`;
  }
  return null;
}

/** The first rejected lines as "; first: line 3: …; line 7: …", their messages already starting with the line. */
function firstLines(errors: readonly LineError[]): string {
  if (errors.length === 0) return "";
  return `; first: ${errors.slice(0, QUOTED_LINES).map((error) => error.message).join("; ")}`;
}
