import { fileTypeFromBuffer } from "file-type";
import { bytesLookBinary, looksBinary, unsupportedDelimiterIn } from "@/lib/files/text-content";
import { resolveLayout } from "@/lib/kpi/import/header";
import { PRESETS, type ColumnPreset } from "@/lib/kpi/import/presets";
import type { ReportPreview } from "@/lib/kpi/import/preview";
import { REQUIRED_FIELDS, type ColumnField } from "@/lib/kpi/import/types";
import { formatBytes } from "./limits";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

/**
 * Why the start of a KPI report (the first bytes the dialog sends) cannot be imported, as one sentence naming the
 * file, or null. Checked before the preview and again before an import row is created, so a wrong file is refused
 * before anything is stored or queued. Content decides, not the extension: an `.xlsx` or a program renamed `.csv`
 * is binary whatever it is called.
 */
export async function describeReportFileProblem(options: { fileName: string; head: Uint8Array; sizeBytes: number; maxBytes: number }): Promise<string | null> {
  return english(await reportFileProblem(options));
}

/** describeReportFileProblem as a message key, for the reader's language. */
export async function reportFileProblem(options: { fileName: string; head: Uint8Array; sizeBytes: number; maxBytes: number }): Promise<ErrorMessage | null> {
  const fileName = options.fileName;
  if (options.sizeBytes > options.maxBytes) {
    return { key: "kpi.reportTooLarge", params: { fileName, size: formatBytes(options.sizeBytes), max: formatBytes(options.maxBytes) } };
  }
  if (options.sizeBytes === 0 || options.head.byteLength === 0) return { key: "kpi.reportEmpty", params: { fileName } };
  const detected = await fileTypeFromBuffer(options.head);
  // file-type also names XML-based text; only a binary type is a wrong file.
  const text = decodeHead(options.head);
  if ((detected && detected.mime !== "application/xml") || bytesLookBinary(options.head) || looksBinary(text)) {
    return detected
      ? { key: "kpi.reportIsOtherFileType", params: { fileName, type: detected.ext.toUpperCase(), mime: detected.mime } }
      : { key: "kpi.reportIsBinary", params: { fileName } };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { key: "kpi.reportBlank", params: { fileName } };
  return null;
}

/**
 * Why a file's header does not fit the chosen mapping, listing the columns found and the ones the mapping needs,
 * or null when it fits. "auto" needs one built-in preset to fit; otherwise the dialog offers a custom mapping, so
 * this refusal tells the member to choose one.
 */
export function describeReportHeaderProblem(options: { fileName: string; preview: ReportPreview; mapping: "auto" | ColumnPreset }): string | null {
  return english(reportHeaderProblem(options));
}

/** describeReportHeaderProblem as a message key, for the reader's language. */
export function reportHeaderProblem(options: { fileName: string; preview: ReportPreview; mapping: "auto" | ColumnPreset }): ErrorMessage | null {
  const fileName = options.fileName;
  const { headers } = options.preview;
  const nonEmpty = headers.filter((header) => header !== "");
  if (nonEmpty.length <= 1) {
    const unsupported = nonEmpty[0] ? unsupportedDelimiterIn(nonEmpty[0]) : null;
    if (unsupported) return { key: "kpi.reportUnsupportedDelimiter", params: { fileName, delimiter: unsupported } };
    return { key: "kpi.reportNotReadable", params: { fileName } };
  }
  const found = headers.map((header) => `"${header}"`).join(", ");
  if (options.mapping === "auto") {
    if (options.preview.presetId) return null;
    // One sentence part per preset, so each language words "X needs …" itself (the message names all three).
    const needed = Object.fromEntries(PRESETS.flatMap((preset, index) => [[`preset${index + 1}`, preset.label], [`columns${index + 1}`, neededColumns(preset, REQUIRED_FIELDS)]]));
    return { key: "kpi.reportNoKnownHeader", params: { fileName, found, ...needed } };
  }
  const { missingRequired } = resolveLayout(headers, options.mapping);
  if (missingRequired.length === 0) return null;
  return { key: "kpi.reportLacksColumns", params: { fileName, preset: options.mapping.label, columns: neededColumns(options.mapping, missingRequired), found } };
}

function english(message: ErrorMessage | null): string | null {
  return message && renderEnglishErrorMessage(message.key, message.params ?? {});
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
