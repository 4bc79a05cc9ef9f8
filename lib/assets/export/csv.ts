import Papa from "papaparse";

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
 * A cell starting with =, +, -, @, tab or CR is run as a formula when the file is opened in a
 * spreadsheet (CSV injection), and ad text comes from a model reading uploaded documents. Such
 * cells get a leading apostrophe. The cost: an ad text that really starts with "-" or "+"
 * ("-20 % auf alles") arrives with the apostrophe, visible in the ad tool's review before
 * posting. Papa's built-in default pattern is not used: its ".*$" misses values with a newline.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180 CSV (comma, CRLF, quotes where a value needs them) with a fixed column order.
 * Every row must have one value per column; a missing value is an empty string.
 */
export function toCsv(columns: readonly string[], rows: readonly (readonly string[])[], options: CsvExportOptions = {}): string {
  const csv = Papa.unparse(
    { fields: [...columns], data: rows.map((row) => [...row]) },
    { newline: "\r\n", escapeFormulae: FORMULA_START },
  );
  return (options.bom ?? true) ? UTF8_BOM + csv : csv;
}
