import { toSafeCsv } from "@/lib/csv/write-csv";

/**
 * The audit log export, through the shared guarded writer (lib/csv/write-csv.ts): formula-like
 * parts of a cell get a leading apostrophe, so an exported log opened in a spreadsheet cannot run
 * a formula someone typed into a field, whatever separator the spreadsheet assumes; plain
 * numbers stay numbers.
 */
export function toCsv(header: string[], rows: string[][]): string {
  return toSafeCsv(header, rows);
}
