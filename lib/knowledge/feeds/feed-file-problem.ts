import { looksBinary, megabytes, unsupportedDelimiterIn } from "@/lib/files/text-content";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";

/**
 * Why a product feed file cannot be read, as one sentence naming the file, or null when it can. Checked in the
 * browser before the preview and again on the server before anything is stored, so a wrong file never reaches
 * the mapping step with a vague "Some fields are not valid.".
 */
export function describeFeedFileProblem(options: { fileName: string; text: string; sizeBytes?: number; maxBytes?: number }): string | null {
  return english(feedFileErrorMessage(options));
}

/** describeFeedFileProblem as an error message key (the server's refusal, rendered in the member's language). */
export function feedFileErrorMessage(options: { fileName: string; text: string; sizeBytes?: number; maxBytes?: number }): ErrorMessage | null {
  const { fileName, text } = options;
  const size = options.sizeBytes ?? new TextEncoder().encode(text).length;
  if (options.maxBytes !== undefined && size > options.maxBytes) {
    return { key: "knowledge.feedTooLarge", params: { fileName, size: megabytes(size), max: megabytes(options.maxBytes) } };
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { key: "knowledge.feedEmpty", params: { fileName } };
  if (looksBinary(text)) return { key: "knowledge.feedIsBinary", params: { fileName } };
  const parsed = parseFeed(text);
  if (parsed.headers.length === 0) return { key: "knowledge.feedNoHeaderRow", params: { fileName } };
  if (parsed.headers.length === 1) {
    const unsupported = unsupportedDelimiterIn(parsed.headers[0]!);
    return unsupported
      ? { key: "knowledge.feedUnsupportedDelimiter", params: { fileName, delimiter: unsupported } }
      : { key: "knowledge.feedOneColumn", params: { fileName, column: parsed.headers[0]! } };
  }
  return null;
}

/**
 * The columns a mapping names that this file does not have, as a sentence listing the columns found (for an import
 * whose mapping came from another file), or null when every mapped column exists.
 */
export function describeMissingFeedColumns(options: { fileName: string; headers: string[]; required: { label: string; column: string | undefined }[] }): string | null {
  return english(missingFeedColumns(options));
}

/** describeMissingFeedColumns as a message key (the column labels stay as the caller names them). */
export function missingFeedColumns(options: { fileName: string; headers: string[]; required: { label: string; column: string | undefined }[] }): ErrorMessage | null {
  const missing = options.required.filter((entry) => !entry.column || !options.headers.includes(entry.column));
  if (missing.length === 0) return null;
  const named = missing.map((entry) => (entry.column ? `${entry.label} ("${entry.column}")` : entry.label)).join(" and ");
  return { key: "knowledge.feedMissingColumns", params: { fileName: options.fileName, named, found: options.headers.map((header) => `"${header}"`).join(", ") } };
}

function english(message: ErrorMessage | null): string | null {
  return message && renderEnglishErrorMessage(message.key, message.params ?? {});
}

/**
 * The same check for the browser's feed import, before the preview: a key under `knowledge.feedFileProblems` with
 * its values (sizes in MB as numbers, formatted by the message).
 */
export type FeedFileProblem =
  | { key: "tooLarge"; values: { name: string; size: number; max: number } }
  | { key: "empty" | "binary" | "noHeader"; values: { name: string } }
  | { key: "unsupportedDelimiter"; values: { name: string; delimiter: string } }
  | { key: "oneColumn"; values: { name: string; column: string } };

const MB = 1024 * 1024;

export function feedFileProblem(options: { fileName: string; text: string; sizeBytes?: number; maxBytes?: number }): FeedFileProblem | null {
  const { fileName: name, text } = options;
  const size = options.sizeBytes ?? new TextEncoder().encode(text).length;
  if (options.maxBytes !== undefined && size > options.maxBytes) return { key: "tooLarge", values: { name, size: size / MB, max: options.maxBytes / MB } };
  if (text.replace(/^\uFEFF/, "").trim() === "") return { key: "empty", values: { name } };
  if (looksBinary(text)) return { key: "binary", values: { name } };
  const parsed = parseFeed(text);
  if (parsed.headers.length === 0) return { key: "noHeader", values: { name } };
  if (parsed.headers.length === 1) {
    const unsupported = unsupportedDelimiterIn(parsed.headers[0]!);
    return unsupported ? { key: "unsupportedDelimiter", values: { name, delimiter: unsupported } } : { key: "oneColumn", values: { name, column: parsed.headers[0]! } };
  }
  return null;
}
