import Papa from "papaparse";

/**
 * CSV via papaparse. `escapeFormulae` defuses cells starting with = + - @ so an exported log
 * opened in a spreadsheet cannot run a formula an attacker typed into a field.
 */
export function toCsv(header: string[], rows: string[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { escapeFormulae: true, newline: "\r\n" });
}
