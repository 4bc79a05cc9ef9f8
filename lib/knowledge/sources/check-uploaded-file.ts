import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { assertPdfOpens } from "@/lib/rag/parse/parse-pdf";
import { ParseError } from "@/lib/rag/parse/types";
import { formatMegabytes, SUPPORTED_UPLOAD_EXTENSIONS } from "../limits";
import { detectUploadFormat } from "./uploaded-file";

function refuse(fileName: string, problem: string): never {
  throw new AppError("invalid_input", { key: "knowledge.message", params: { fileName, problem } });
}

function extensionOf(fileName: string): string {
  return fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0] ?? "";
}

/**
 * Markdown, text and HTML have no magic bytes, so file-type cannot recognise them; a text file
 * is one that decodes as UTF-8 and holds no NUL byte (which no text format uses, and every
 * program or archive does).
 */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What a detected binary type is called in a sentence, e.g. "a Windows program (.exe)". */
function describeDetected(detected: { ext: string; mime: string }): string {
  if (detected.ext === "exe" || detected.mime === "application/x-msdownload") return "a Windows program (.exe)";
  return `a .${detected.ext} file (${detected.mime})`;
}

/**
 * Every reason to refuse an upload, checked before anything is stored or queued, each naming the
 * file and what is wrong with it. The type is judged by content, not by the name: an `.exe`
 * renamed `.pdf` is refused here instead of failing later in the ingestion queue.
 */
export async function checkUploadedFile(file: { fileName: string; bytes: Uint8Array; maxBytes: number }): Promise<void> {
  const { fileName, bytes } = file;
  const extension = extensionOf(fileName);
  if (!(SUPPORTED_UPLOAD_EXTENSIONS as readonly string[]).includes(extension)) {
    refuse(fileName, `is not a supported file type${extension ? ` (${extension})` : ""}: upload Markdown, plain text, HTML or PDF.`);
  }
  if (bytes.byteLength === 0) refuse(fileName, "is empty: there is no text to add to the knowledge base.");
  if (bytes.byteLength > file.maxBytes) {
    refuse(fileName, `is ${formatMegabytes(bytes.byteLength)}; files up to ${formatMegabytes(file.maxBytes)} can be uploaded.`);
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detectUploadFormat(fileName) === "pdf") {
    if (detected?.mime !== "application/pdf") {
      refuse(fileName, `is not a PDF: its content is ${detected ? describeDetected(detected) : "not a PDF document"}. Upload the original PDF.`);
    }
    try {
      await assertPdfOpens(bytes);
    } catch (error) {
      if (error instanceof ParseError) refuse(fileName, `could not be opened. ${error.message}`);
      throw error;
    }
    return;
  }
  // file-type recognises XML-based text too; only a binary type is a wrong file.
  const isBinary = detected !== undefined && detected.mime !== "application/xml" && !isPlainText(bytes);
  if (isBinary) refuse(fileName, `is not a text file: its content is ${describeDetected(detected)}. Upload Markdown, plain text or HTML.`);
  if (!isPlainText(bytes)) {
    refuse(fileName, "is not readable text: save it as UTF-8 (Markdown, plain text or HTML) and upload it again.");
  }
  if (new TextDecoder().decode(bytes).trim() === "") refuse(fileName, "is empty: it holds only blank lines or spaces.");
}
