import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import { looksBinary, unsupportedDelimiterIn } from "@/lib/files/text-content";
import { parseFeed } from "@/lib/rag/product-feed/parse-feed";

/**
 * Why a product feed file cannot be read, as a message key under `knowledge.feedFileProblems` with its values
 * (the feed import renders it in the member's language), or null when it can be read. Checked in the browser before
 * the preview and again on the server before anything is stored, so a wrong file never reaches the mapping step
 * with a vague "Some fields are not valid.".
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

/** The same refusal as an English sentence, for the server's error (the import action's errors are not translated yet). */
export function describeFeedFileProblem(options: { fileName: string; text: string; sizeBytes?: number; maxBytes?: number }): string | null {
  const problem = feedFileProblem(options);
  if (!problem) return null;
  const t = createTranslator({ locale: "en", messages: en, namespace: "knowledge.feedFileProblems" });
  return t(problem.key, problem.values as never);
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
