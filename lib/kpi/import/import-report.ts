import { importReportStream, type DetectedFormat, type ImportOptions, type ImportProgress } from "./stream-import";
import type { ImportRow, LineError } from "./types";

export interface ImportResult {
  rows: ImportRow[];
  errors: LineError[];
  format: DetectedFormat;
  progress: ImportProgress;
}

/**
 * Collects a whole import in memory. For small files, previews and tests; large uploads should
 * consume `importReportStream` batch by batch instead.
 */
export async function importReport(source: string | AsyncIterable<string | Uint8Array>, options: ImportOptions = {}): Promise<ImportResult> {
  const chunks: AsyncIterable<string | Uint8Array> = typeof source === "string" ? (async function* () { yield source; })() : source;
  const rows: ImportRow[] = [];
  const errors: LineError[] = [];
  let last: { format: DetectedFormat; progress: ImportProgress } | null = null;
  for await (const batch of importReportStream(chunks, options)) {
    rows.push(...batch.rows);
    errors.push(...batch.errors);
    last = batch;
  }
  // importReportStream always ends with a batch or throws; this guards the type only.
  if (!last) throw new Error("import ended without a result");
  return { rows, errors, format: last.format, progress: last.progress };
}
