import Papa from "papaparse";
import { detectLayout } from "./header";
import type { ColumnPreset } from "./presets";
import type { Delimiter } from "./types";

export const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

/** Splits one line with papaparse, so quoting rules match the main parse exactly. */
export function splitLine(line: string, delimiter: Delimiter): string[] {
  const parsed = Papa.parse<string[]>(line, { delimiter, header: false });
  return parsed.data[0] ?? [];
}

export interface SniffResult {
  delimiter: Delimiter;
  /** 0-based index of the header line within the sample. */
  headerIndex: number;
}

/**
 * Finds the delimiter by finding the header row: the first line that, split by one of comma,
 * semicolon or tab, maps completely onto a preset. Papaparse's own guess counts fields over the
 * first rows, which title lines ("Campaign report", "1 Nov 2026 – 30 Nov 2026") and German
 * decimal commas in a semicolon file both mislead; a recognised header cannot be a coincidence.
 * Lines are split on line breaks without quote awareness, which is safe for title and header
 * lines; data rows are parsed properly later.
 */
export function sniffDelimiter(sample: string, presets: readonly ColumnPreset[], maxLines: number): SniffResult | null {
  const lines = sample.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/, maxLines);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.trim() === "") continue;
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      if (detectLayout(splitLine(line, delimiter), presets)) return { delimiter, headerIndex: index };
    }
  }
  return null;
}

/**
 * Fallback for files no preset recognises (the custom-mapping dialog needs their headers): the
 * delimiter whose per-line field count is the same on most of the sample's lines, ignoring
 * lines without it. Ties go to the higher field count, then to the order comma, semicolon, tab.
 */
export function guessDelimiter(sample: string, maxLines: number): Delimiter {
  const lines = sample
    .replace(/^\uFEFF/, "")
    .split(/\r\n|\n|\r/, maxLines)
    .filter((line) => line.trim() !== "");
  let best: { delimiter: Delimiter; agreeing: number; fields: number } = { delimiter: ",", agreeing: 0, fields: 0 };
  for (const delimiter of DELIMITERS) {
    const histogram = new Map<number, number>();
    for (const line of lines) {
      const fields = splitLine(line, delimiter).length;
      if (fields > 1) histogram.set(fields, (histogram.get(fields) ?? 0) + 1);
    }
    for (const [fields, agreeing] of histogram) {
      if (agreeing > best.agreeing || (agreeing === best.agreeing && fields > best.fields)) best = { delimiter, agreeing, fields };
    }
  }
  return best.delimiter;
}
