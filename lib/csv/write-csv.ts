import { guardFormulaCell } from "./formula-guard";

/*
 * The one CSV writer for every export (audit log, dashboard tables, ad-tool files): RFC 4180
 * with comma separator and CRLF line ends, every cell (header too) through the formula guard.
 *
 * Quoting: a cell is quoted when it holds a quote, a line break, a BOM or leading/trailing
 * spaces (as papaparse did), and also when it holds ";", "," or a tab, so a reader that guesses
 * another separator (German Excel: ";") still sees one cell, and when the guard changed it.
 */
const NEEDS_QUOTES = /[",;\t\r\n\uFEFF]|^ | $/;

function csvCell(value: string): string {
  const guarded = guardFormulaCell(value);
  return guarded !== value || NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** A CSV with a header row; every row must have one string per field (a missing value is ""). */
export function toSafeCsv(fields: readonly string[], rows: readonly (readonly string[])[]): string {
  return [fields, ...rows].map((row) => row.map((cell) => csvCell(cell ?? "")).join(",")).join("\r\n");
}
