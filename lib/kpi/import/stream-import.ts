import { Readable, pipeline } from "node:stream";
import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { decodeChunks } from "./decode";
import { sniffDelimiter } from "./delimiter";
import { detectLayout, type ColumnLayout } from "./header";
import { mapRow, rowDate } from "./map-row";
import { PRESETS, type ColumnPreset } from "./presets";
import { isSummaryRow } from "./summary-rows";
import type { ColumnField, Delimiter, ImportRow, LineError } from "./types";

export interface ImportProgress {
  /** Bytes taken from the source so far (of the file, before decoding). */
  bytesRead: number;
  /** Echo of `options.totalBytes`, so a progress bar needs nothing else. */
  totalBytes: number | null;
  /** Physical lines parsed so far. */
  linesRead: number;
  rowsAccepted: number;
  rowsRejected: number;
  /** Summary rows ("Total: Account") left out on purpose. */
  rowsSkipped: number;
}

export interface ImportOptions {
  /** "auto" (default) detects Google Ads (en/de) or Meta Ads from the header row; or pass a preset, e.g. from `customMappingPreset`. */
  mapping?: "auto" | ColumnPreset;
  /** Rows per batch; a batch is also emitted once this many errors are pending. Default 5,000. */
  batchSize?: number;
  /** How far down the header row may be (title lines first). Default 30 lines. */
  headerSearchLines?: number;
  /** Called whenever a chunk is read from the source. */
  onProgress?: (progress: ImportProgress) => void;
  /** File size, if known (upload Content-Length, fs.stat), passed through in progress. */
  totalBytes?: number;
}

export interface DetectedFormat {
  presetId: string;
  presetLabel: string;
  /** The ad platform; stored in `kpi_imports.format`, so it keeps its stored spelling. */
  channel: string;
  delimiter: Delimiter;
  /** 1-based physical line of the header row. */
  headerLine: number;
  /** Header text used for each mapped field. */
  columns: Partial<Record<ColumnField, string>>;
  headerCurrency: string | null;
  /** Optional fields without a column: their values import as 0 / "" / null. */
  missingOptional: ColumnField[];
}

export interface ImportBatch {
  rows: ImportRow[];
  /** 1-based physical line of each row in `rows`, same order (for messages about a stored row). */
  rowLines: number[];
  /** Rejected lines since the previous batch, in file order. */
  errors: LineError[];
  format: DetectedFormat;
  /** Cumulative; the last batch's progress is the import's summary. */
  progress: ImportProgress;
  /** True on the last batch, which is always emitted (possibly empty) so the summary arrives. */
  done: boolean;
}

const DEFAULT_BATCH_SIZE = 5_000;
const DEFAULT_HEADER_SEARCH_LINES = 30;
// Upper bound of text read ahead for delimiter sniffing, whatever the line lengths.
const SNIFF_MAX_CHARS = 256 * 1024;
// Largest piece of text handed to papaparse at once. After each backpressure pause it resumes by
// re-scanning the rest of its current chunk, so the cost grows with the chunk's size squared: a
// 4 MiB upload chunk parsed 100k rows in 7 s, 64 KiB pieces of the same text in well under 1 s.
const PARSE_SLICE_CHARS = 64 * 1024;

function* slices(text: string): Generator<string, void, undefined> {
  if (text.length <= PARSE_SLICE_CHARS) {
    if (text) yield text;
    return;
  }
  for (let start = 0; start < text.length; start += PARSE_SLICE_CHARS) yield text.slice(start, start + PARSE_SLICE_CHARS);
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // "\r\n" counts once: the "\r" is counted only when no "\n" follows.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

function noHeaderError(presets: readonly ColumnPreset[], lines: number): AppError {
  const examples = presets.map((p) => `${p.label}: ${[p.columns.date?.[0], p.columns.campaign?.[0], p.columns.impressions?.[0], p.columns.clicks?.[0], p.columns.cost?.[0]].join(", ")}`);
  return new AppError("invalid_input", { key: "kpi.noHeaderRow", params: { lines, examples: examples.join("; ") } });
}

function toCells(value: unknown): string[] {
  return Array.isArray(value) ? value.map((cell) => (typeof cell === "string" ? cell : String(cell))) : [];
}

function describeFormat(layout: ColumnLayout, delimiter: Delimiter, headerLine: number): DetectedFormat {
  return {
    presetId: layout.preset.id,
    presetLabel: layout.preset.label,
    channel: layout.preset.platform,
    delimiter,
    headerLine,
    columns: layout.headers,
    headerCurrency: layout.headerCurrency,
    missingOptional: layout.missingOptional,
  };
}

/**
 * Streams a Google Ads / Meta Ads report export (CSV or TSV) and yields validated rows in batches
 * with per-line errors. Accepts a Node Readable (e.g. fs.createReadStream, an upload stream) or
 * any async iterable of string / byte chunks.
 *
 * Memory stays bounded by one batch plus stream buffers: the source is piped into papaparse's
 * Node stream parser, which pauses when its row output is not consumed, and rows are pulled one
 * at a time; nothing holds the whole file. (A stray unclosed quote is the exception: CSV rules
 * make the rest of the file one field.)
 *
 * Steps: read ahead ≤ 30 lines to find the header row and, from it, the delimiter; skip title
 * lines above it; skip blank lines and "Total…" summary rows; validate every other row.
 * Line numbers are physical lines, counted through quoted fields that contain line breaks.
 * A file without a recognisable header throws AppError("invalid_input").
 */
export async function* importReportStream(source: AsyncIterable<string | Uint8Array>, options: ImportOptions = {}): AsyncGenerator<ImportBatch, void, undefined> {
  const presets = options.mapping && options.mapping !== "auto" ? [options.mapping] : PRESETS;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const headerSearchLines = options.headerSearchLines ?? DEFAULT_HEADER_SEARCH_LINES;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  const progress: ImportProgress = { bytesRead: 0, totalBytes: options.totalBytes ?? null, linesRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsSkipped: 0 };

  const text = decodeChunks(source, (bytes) => {
    progress.bytesRead += bytes;
    options.onProgress?.({ ...progress });
  });
  const iterator = text[Symbol.asyncIterator]();

  // Read ahead just enough to see the header row.
  let prefix = "";
  let prefixBreaks = 0;
  let exhausted = false;
  while (prefixBreaks <= headerSearchLines && prefix.length < SNIFF_MAX_CHARS) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    prefix += next.value;
    prefixBreaks += lineBreaks(next.value);
  }
  const sniffed = sniffDelimiter(prefix, presets, headerSearchLines);
  if (!sniffed) {
    await iterator.return?.();
    throw noHeaderError(presets, headerSearchLines);
  }
  const { delimiter } = sniffed;

  async function* fullText(): AsyncGenerator<string, void, undefined> {
    try {
      yield* slices(prefix);
      prefix = ""; // release the read-ahead
      if (exhausted) return;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        yield* slices(next.value);
      }
    } finally {
      // Closes the caller's source (e.g. the file handle) when the import stops early.
      await iterator.return?.();
    }
  }

  const input = Readable.from(fullText());
  // fastMode off: papaparse's fast mode re-splits the whole remaining chunk each time it resumes
  // after a backpressure pause (every ~16 rows), which is quadratic per chunk; 200k rows took
  // 4.7 s with it and 1.5 s without. Empty lines are kept so the line count stays physical.
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, header: false, skipEmptyLines: false, fastMode: false });
  // pipeline forwards a source error to the parser, which then rejects the loop below.
  pipeline(input, parser, () => {});

  let layout: ColumnLayout | null = null;
  let format: DetectedFormat | null = null;
  let rows: ImportRow[] = [];
  let rowLines: number[] = [];
  let errors: LineError[] = [];
  let nextLine = 1;
  try {
    for await (const value of parser) {
      const cells = toCells(value);
      const line = nextLine;
      // A quoted cell may contain line breaks; the next row starts that many lines further down.
      nextLine += 1;
      for (const cell of cells) if (cell.includes("\n") || cell.includes("\r")) nextLine += lineBreaks(cell);
      progress.linesRead = nextLine - 1;

      if (cells.every((cell) => cell.trim() === "")) continue;
      if (!layout || !format) {
        layout = detectLayout(cells, presets);
        if (layout) format = describeFormat(layout, delimiter, line);
        else if (line >= headerSearchLines) throw noHeaderError(presets, headerSearchLines);
        continue;
      }
      const current = layout;
      if (isSummaryRow(cells, () => rowDate(cells, current) !== null)) {
        progress.rowsSkipped++;
        continue;
      }
      const result = mapRow(cells, layout);
      if (result.ok) {
        rows.push(result.row);
        rowLines.push(line);
        progress.rowsAccepted++;
      } else {
        errors.push({ line, message: `line ${line}: ${result.problems.join("; ")}` });
        progress.rowsRejected++;
      }
      if (rows.length >= batchSize || errors.length >= batchSize) {
        yield { rows, rowLines, errors, format, progress: { ...progress }, done: false };
        rows = [];
        rowLines = [];
        errors = [];
      }
    }
    if (!format) throw noHeaderError(presets, headerSearchLines);
    yield { rows, rowLines, errors, format, progress: { ...progress }, done: true };
  } finally {
    parser.destroy();
    input.destroy();
  }
}
