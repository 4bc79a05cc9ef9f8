import { guessDelimiter, sniffDelimiter, splitLine } from "./delimiter";
import { detectLayout } from "./header";
import { PRESETS, type ColumnPreset } from "./presets";
import type { Delimiter } from "./types";

export interface ReportPreview {
  delimiter: Delimiter;
  /** 1-based line of the header row (title lines above it are skipped). */
  headerLine: number;
  headers: string[];
  /** The preset that maps the header completely, or null: the UI then offers a custom mapping. */
  presetId: string | null;
  /** A few data lines below the header, split into cells, for the mapping dialog. */
  sampleRows: string[][];
}

/**
 * Looks at the start of a file (the first few KB of an upload) to drive the import dialog:
 * which preset fits, or which headers a custom mapping can choose from. Without a recognised
 * header the first line with the most common field count is taken as the header.
 */
export function previewReport(sample: string, options: { presets?: readonly ColumnPreset[]; maxLines?: number; sampleRows?: number } = {}): ReportPreview {
  const presets = options.presets ?? PRESETS;
  const maxLines = options.maxLines ?? 30;
  const lines = sample.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, maxLines + (options.sampleRows ?? 5));
  const sniffed = sniffDelimiter(sample, presets, maxLines);
  const delimiter = sniffed?.delimiter ?? guessDelimiter(sample, maxLines);
  let headerIndex = sniffed?.headerIndex ?? -1;
  if (headerIndex < 0) {
    const counts = lines.slice(0, maxLines).map((line) => (line.trim() === "" ? 0 : splitLine(line, delimiter).length));
    const frequency = new Map<number, number>();
    for (const count of counts) if (count > 1) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const modal = [...frequency.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
    // No line with several columns: show the first non-blank one, so a refusal can name what it holds.
    headerIndex = modal > 0 ? counts.indexOf(modal) : Math.max(0, lines.findIndex((line) => line.trim() !== ""));
  }
  const headers = splitLine(lines[headerIndex] ?? "", delimiter).map((h) => h.trim());
  const sampleRows = lines
    .slice(headerIndex + 1)
    .filter((line) => line.trim() !== "")
    .slice(0, options.sampleRows ?? 5)
    .map((line) => splitLine(line, delimiter));
  return { delimiter, headerLine: headerIndex + 1, headers, presetId: detectLayout(headers, presets)?.preset.id ?? null, sampleRows };
}
