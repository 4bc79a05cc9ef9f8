import { toSafeCsv } from "@/lib/csv/write-csv";

export type CsvExportOptions = {
  /**
   * Start the file with a UTF-8 byte order mark (default true). Marketers often open an export
   * in Excel before importing it, and Excel reads a BOM-less CSV in the system code page, which
   * garbles umlauts ("Größe" → "GrÃ¶ÃŸe"). Google Ads Editor and Meta Ads Manager read UTF-8 with
   * or without it. Pass false for tools that choke on a BOM.
   */
  bom?: boolean;
};

const UTF8_BOM = "\uFEFF";

/*
 * Ad text comes from a model reading uploaded documents, so formula-like cells are defused
 * (lib/csv/formula-guard.ts). The cost: an ad text that really starts with "-" or "+" followed
 * by words ("-Sale"), or holds "=…"/"@…" right after a comma or semicolon, arrives with an
 * apostrophe, visible in the ad tool's review. "Jacke, -20 % auf alles" stays as written.
 */

/**
 * RFC 4180 CSV (comma, CRLF, quotes where a value needs them) with a fixed column order, through
 * the shared guarded writer. Every row must have one value per column; a missing value is an empty string.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[], options: CsvExportOptions = {}): string {
  const csv = toSafeCsv(columns, rows);
  return (options.bom ?? true) ? UTF8_BOM + csv : csv;
}
