import { looksBinary, megabytes, unsupportedDelimiterIn } from "@/lib/files/text-content";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";

/**
 * Why a product feed file cannot be read, as one sentence naming the file, or null when it can. Checked in the
 * browser before the preview and again on the server before anything is stored, so a wrong file never reaches
 * the mapping step with a vague "Some fields are not valid.".
 */
export function describeFeedFileProblem(options: { fileName: string; text: string; sizeBytes?: number; maxBytes?: number }): string | null {
  const { fileName, text } = options;
  const name = `"${fileName}"`;
  const size = options.sizeBytes ?? new TextEncoder().encode(text).length;
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    return `${name} is ${megabytes(size)}; a feed may be at most ${megabytes(options.maxBytes)}. Split it or leave out columns you do not need.`;
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return `${name} is empty. Upload a CSV or TSV file with a header row and one product per line.`;
  if (looksBinary(text)) {
    return `${name} is not a CSV or TSV text file: its content is binary (for example a spreadsheet, archive or program). Export the feed as CSV (UTF-8) and upload that.`;
  }
  const parsed = parseFeed(text);
  if (parsed.headers.length === 0) {
    return `${name} has no header row: the first line should name the columns (such as id, name, price). Add one and upload the file again.`;
  }
  if (parsed.headers.length === 1) {
    const unsupported = unsupportedDelimiterIn(parsed.headers[0]!);
    return unsupported
      ? `${name} separates its columns with "${unsupported}", which is not supported. Use commas, semicolons or tabs.`
      : `${name} has only one column ("${parsed.headers[0]}"). A feed needs at least a product id and a name column, separated by commas, semicolons or tabs.`;
  }
  return null;
}

/**
 * The columns a mapping names that this file does not have, as a sentence listing the columns found (for an import
 * whose mapping came from another file), or null when every mapped column exists.
 */
export function describeMissingFeedColumns(options: { fileName: string; headers: string[]; required: { label: string; column: string | undefined }[] }): string | null {
  const missing = options.required.filter((entry) => !entry.column || !options.headers.includes(entry.column));
  if (missing.length === 0) return null;
  const named = missing.map((entry) => (entry.column ? `${entry.label} ("${entry.column}")` : entry.label)).join(" and ");
  return `"${options.fileName}" has no ${named} column. Columns found: ${options.headers.map((header) => `"${header}"`).join(", ")}. Choose which column holds it.`;
}
