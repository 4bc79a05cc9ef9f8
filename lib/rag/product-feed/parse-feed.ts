import Papa from "papaparse";
import type { FeedRow, FeedRowError } from "@/lib/rag/product-feed/types";

export type FeedDelimiter = "," | "\t" | ";";
export type ParsedFeed = { delimiter: FeedDelimiter; headers: string[]; rows: FeedRow[]; errors: FeedRowError[] };

const DELIMITERS: FeedDelimiter[] = [",", "\t", ";"];
const EMPTY_FILE = "The file is empty. Upload a CSV or TSV file with a header row and one product per line.";
const NO_ROWS = "The file has a header row but no product rows.";
const NO_HEADER =
  "The first line does not look like a header row (column names such as id, name, price). Add one and upload the file again.";

function isBlankRow(fields: string[]): boolean {
  return fields.every((field) => field.trim() === "");
}

function newlineCount(fields: string[]): number {
  let count = 0;
  for (const field of fields) for (const char of field) if (char === "\n") count++;
  return count;
}

// Header cells that are numbers or links mean the first line is already data.
function looksLikeHeader(cells: string[]): boolean {
  const filled = cells.filter((cell) => cell.trim() !== "");
  if (filled.length * 2 < cells.length) return false;
  return !filled.some((cell) => /^[-+]?\d[\d.,\s]*$|^https?:\/\//i.test(cell.trim()));
}

/** Unique, non-empty column names: a blank header becomes "Column 3", a repeated one "Name (2)". */
function headerNames(cells: string[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, index) => {
    const base = cell.trim() || `Column ${index + 1}`;
    const count = (seen.get(base.toLowerCase()) ?? 0) + 1;
    seen.set(base.toLowerCase(), count);
    return count === 1 ? base : `${base} (${count})`;
  });
}

/**
 * Reads a CSV/TSV product feed: delimiter detected among comma, tab and semicolon; the first
 * non-empty row is the header. Rows that cannot be trusted (wrong number of fields, broken
 * quotes) are reported with the physical line they start on — a quoted value may span lines,
 * so this is not the row index — and left out.
 */
export function parseFeed(text: string): ParsedFeed {
  // One line-ending convention, so counting "\n" inside quoted values gives physical lines.
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const result = Papa.parse<string[]>(source, { header: false, skipEmptyLines: false, delimitersToGuess: DELIMITERS });
  const delimiter: FeedDelimiter = DELIMITERS.find((candidate) => candidate === result.meta.delimiter) ?? ",";

  // Physical line on which each parsed row starts.
  const startLines: number[] = [];
  let line = 1;
  for (const fields of result.data) {
    startLines.push(line);
    line += 1 + newlineCount(fields);
  }
  const quoteErrors = new Map<number, string>();
  for (const error of result.errors) {
    if (error.type !== "Quotes" || error.row === undefined || quoteErrors.has(error.row)) continue;
    quoteErrors.set(
      error.row,
      error.code === "MissingQuotes"
        ? "A quoted value starting on this line is never closed, so the rest of the file could not be read."
        : "A quoted value on this line has stray characters after its closing quote.",
    );
  }

  const headerIndex = result.data.findIndex((fields) => !isBlankRow(fields));
  const headerCells = result.data[headerIndex];
  if (headerCells === undefined) return { delimiter, headers: [], rows: [], errors: [{ line: 1, message: EMPTY_FILE }] };
  const headerLine = startLines[headerIndex] ?? 1;
  if (!looksLikeHeader(headerCells)) return { delimiter, headers: [], rows: [], errors: [{ line: headerLine, message: NO_HEADER }] };
  const headers = headerNames(headerCells);

  const rows: FeedRow[] = [];
  const errors: FeedRowError[] = [];
  result.data.forEach((fields, index) => {
    if (index <= headerIndex || isBlankRow(fields)) return;
    const rowLine = startLines[index] ?? 0;
    const quoteError = quoteErrors.get(index);
    if (quoteError) {
      errors.push({ line: rowLine, message: quoteError });
      return;
    }
    if (fields.length !== headers.length) {
      errors.push({
        line: rowLine,
        message: `This row has ${fields.length} values but the header has ${headers.length} columns. A value containing “${delimiter === "\t" ? "tab" : delimiter}” must be in double quotes.`,
      });
      return;
    }
    rows.push({ line: rowLine, values: Object.fromEntries(headers.map((header, column) => [header, (fields[column] ?? "").trim()])) });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ line: headerLine, message: NO_ROWS });
  return { delimiter, headers, rows, errors };
}
