import Papa from "papaparse";
import { FORMULA_CELL } from "@/lib/csv/formula-guard";

/**
 * CSV via papaparse. Formula-like cells get a leading apostrophe (lib/csv/formula-guard.ts), so
 * an exported log or table opened in a spreadsheet cannot run a formula someone typed into a
 * field; plain numbers stay numbers.
 */
export function toCsv(header: string[], rows: string[][]): string {
  return Papa.unparse({ fields: header, data: rows }, { escapeFormulae: FORMULA_CELL, newline: "\r\n" });
}
