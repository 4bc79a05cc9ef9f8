import { parseHtml } from "@/lib/rag/parse/parse-html";
import { parseMarkdown } from "@/lib/rag/parse/parse-markdown";
import { parsePdf } from "@/lib/rag/parse/parse-pdf";
import { parsePlainText } from "@/lib/rag/parse/parse-plain-text";
import { ParseError, type ParsedDocument } from "@/lib/rag/parse/types";

export type SourceFormat = "markdown" | "text" | "html" | "pdf";

const BY_EXTENSION: Record<string, SourceFormat> = {
  ".md": "markdown",
  ".markdown": "markdown",
  ".txt": "text",
  ".text": "text",
  ".html": "html",
  ".htm": "html",
  ".pdf": "pdf",
};
const BY_MIME_TYPE: Record<string, SourceFormat> = {
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/plain": "text",
  "text/html": "html",
  "application/xhtml+xml": "html",
  "application/pdf": "pdf",
};
const SUPPORTED = "upload Markdown, plain text, HTML or PDF.";

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

// Only at the very start: a Markdown file about PDFs may well mention "%PDF-" further down.
function looksLikePdf(bytes: Uint8Array): boolean {
  return /^\s*%PDF-/.test(new TextDecoder("latin1").decode(bytes.subarray(0, 64)));
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i.test(text.slice(0, 4_000));
}

/** UTF-8 (or UTF-16 with a byte order mark); anything else is refused rather than garbled. */
function decodeText(bytes: Uint8Array): string {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8";
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    throw new ParseError("This file is not valid UTF-8 text. Save it with UTF-8 encoding and upload it again.", { cause: error });
  }
  if (text.includes("\u0000")) throw new ParseError("This file contains binary data, not text. " + SUPPORTED.replace(/^u/, "U"));
  return text;
}

/**
 * Parses an uploaded file by its extension (or MIME type when it has none), trusting content
 * over the name where they disagree: a PDF saved as ".txt" is read as PDF, a saved web page
 * named ".md" as HTML.
 */
export async function parseSourceFile(input: {
  fileName: string;
  mimeType?: string;
  bytes: Uint8Array;
}): Promise<ParsedDocument & { format: SourceFormat }> {
  const extension = extensionOf(input.fileName);
  const declared = extension
    ? BY_EXTENSION[extension]
    : BY_MIME_TYPE[input.mimeType?.split(";")[0]?.trim().toLowerCase() ?? ""];
  if (extension && !declared) throw new ParseError(`Unsupported file type “${extension}”: ${SUPPORTED}`);

  if (declared === "pdf" || looksLikePdf(input.bytes)) return { ...(await parsePdf(input.bytes)), format: "pdf" };

  const text = decodeText(input.bytes);
  const format: SourceFormat | undefined = looksLikeHtml(text) ? "html" : declared;
  switch (format) {
    case "html":
      return { ...parseHtml(text), format };
    case "markdown":
      return { ...parseMarkdown(text), format };
    case "text":
      return { ...parsePlainText(text), format };
    default:
      throw new ParseError(`Unsupported file type: ${SUPPORTED}`);
  }
}
