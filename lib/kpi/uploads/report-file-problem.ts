import { fileTypeFromBuffer } from "file-type";
import { bytesLookBinary, looksBinary, unsupportedDelimiterIn } from "@/lib/files/text-content";
import { resolveLayout } from "@/lib/kpi/import/header";
import { PRESETS, type ColumnPreset } from "@/lib/kpi/import/presets";
import type { ReportPreview } from "@/lib/kpi/import/preview";
import { REQUIRED_FIELDS, type ColumnField } from "@/lib/kpi/import/types";
import { formatBytes } from "./limits";

/**
 * Why the start of a KPI report (the first bytes the dialog sends) cannot be imported, as one sentence naming the
 * file, or null. Checked before the preview and again before an import row is created, so a wrong file is refused
 * before anything is stored or queued. Content decides, not the extension: an `.xlsx` or a program renamed `.csv`
 * is binary whatever it is called.
 */
export async function describeReportFileProblem(options: { fileName: string; head: Uint8Array; sizeBytes: number; maxBytes: number }): Promise<string | null> {
  const name = `"${options.fileName}"`;
  if (options.sizeBytes > options.maxBytes) {
    return `${name} is ${formatBytes(options.sizeBytes)}; a report may be at most ${formatBytes(options.maxBytes)}. Export a shorter date range and import the parts one after another.`;
  }
  if (options.sizeBytes === 0 || options.head.byteLength === 0) return `${name} is empty. Export the report again as CSV or TSV with a header row and one row per ad and day.`;
  const detected = await fileTypeFromBuffer(options.head);
  // file-type also names XML-based text; only a binary type is a wrong file.
  const text = decodeHead(options.head);
  if ((detected && detected.mime !== "application/xml") || bytesLookBinary(options.head) || looksBinary(text)) {
    const what = detected ? `a ${detected.ext.toUpperCase()} file (${detected.mime})` : "binary (for example a spreadsheet, archive or program)";
    return `${name} is not a CSV or TSV text file: its content is ${what}. Download the report as CSV or TSV and import that.`;
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") {
    return `${name} is empty: it holds only blank lines or spaces. Export the report again with its header row and data rows.`;
  }
  return null;
}

/**
 * Why a file's header does not fit the chosen mapping, listing the columns found and the ones the mapping needs,
 * or null when it fits. "auto" needs one built-in preset to fit; otherwise the dialog offers a custom mapping, so
 * this refusal tells the member to choose one.
 */
export function describeReportHeaderProblem(options: { fileName: string; preview: ReportPreview; mapping: "auto" | ColumnPreset }): string | null {
  const name = `"${options.fileName}"`;
  const { headers } = options.preview;
  const nonEmpty = headers.filter((header) => header !== "");
  if (nonEmpty.length <= 1) {
    const unsupported = nonEmpty[0] ? unsupportedDelimiterIn(nonEmpty[0]) : null;
    if (unsupported) return `${name} separates its columns with "${unsupported}", which is not supported. Export it with commas, semicolons or tabs.`;
    return `${name} is not a report format Brandpilot can read: no line in its first 30 splits into columns by comma, semicolon or tab. Export a CSV or TSV report with one column per figure.`;
  }
  const found = `Columns found: ${headers.map((header) => `"${header}"`).join(", ")}.`;
  if (options.mapping === "auto") {
    if (options.preview.presetId) return null;
    const needed = PRESETS.map((preset) => `${preset.label} needs ${neededColumns(preset, REQUIRED_FIELDS)}`).join("; ");
    return `${name} has no header row of a Google Ads or Meta Ads report. ${found} ${needed}. Choose "Custom mapping" to say which column holds what.`;
  }
  const { missingRequired } = resolveLayout(headers, options.mapping);
  if (missingRequired.length === 0) return null;
  return `${name} lacks the ${options.mapping.label} columns ${neededColumns(options.mapping, missingRequired)}. ${found}`;
}

/**
 * The head decoded as the import decodes it (UTF-16 by its BOM, UTF-8, else Windows-1252), so umlauts of a German
 * Excel export or the NUL halves of UTF-16 are not mistaken for binary. A multi-byte character cut at the sample's
 * end is the only UTF-8 error tolerated.
 */
function decodeHead(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder("utf-16le").decode(head);
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder("utf-16be").decode(head);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, completeUtf8Length(head)));
  } catch {
    return new TextDecoder("windows-1252").decode(head);
  }
}

/** Length without a trailing incomplete UTF-8 sequence (at most 3 bytes). */
function completeUtf8Length(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.byteLength); back++) {
    const byte = bytes[bytes.byteLength - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: look further back for the lead
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.byteLength - back : bytes.byteLength;
  }
  return bytes.byteLength;
}

function neededColumns(preset: ColumnPreset, fields: readonly ColumnField[]): string {
  return fields.map((field) => `"${preset.columns[field]?.[0] ?? field}"`).join(", ");
}
