import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { AppError, type ErrorMessage } from "@/lib/errors";
import { assertPdfOpens } from "@/lib/rag/parse/parse-pdf";
import { ParseError } from "@/lib/rag/parse/types";
import { formatMegabytes, SUPPORTED_UPLOAD_EXTENSIONS } from "../limits";
import { detectUploadFormat } from "./uploaded-file";

function refuse(message: ErrorMessage): never {
  throw new AppError("invalid_input", message);
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

/** A detected binary type as message parameters: a Windows program is named as such, anything else by extension and type. */
function detectedParams(detected: { ext: string; mime: string }) {
  const isProgram = detected.ext === "exe" || detected.mime === "application/x-msdownload";
  return { detected: isProgram ? "program" : "file", ext: detected.ext, mime: detected.mime };
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
    refuse({ key: "knowledge.uploadUnsupportedType", params: { fileName, extension, hasExtension: extension ? "yes" : "no" } });
  }
  if (bytes.byteLength === 0) refuse({ key: "knowledge.uploadEmpty", params: { fileName } });
  if (bytes.byteLength > file.maxBytes) {
    refuse({ key: "knowledge.uploadTooLarge", params: { fileName, size: formatMegabytes(bytes.byteLength), max: formatMegabytes(file.maxBytes) } });
  }
  const detected = await fileTypeFromBuffer(bytes);
  if (detectUploadFormat(fileName) === "pdf") {
    if (detected?.mime !== "application/pdf") {
      refuse({ key: "knowledge.uploadNotPdf", params: { fileName, ...(detected ? detectedParams(detected) : { detected: "none", ext: "", mime: "" }) } });
    }
    try {
      await assertPdfOpens(bytes);
    } catch (error) {
      if (error instanceof ParseError) refuse({ key: "knowledge.uploadPdfDoesNotOpen", params: { fileName, detail: error.message } });
      throw error;
    }
    return;
  }
  // file-type recognises XML-based text too; only a binary type is a wrong file.
  const isBinary = detected !== undefined && detected.mime !== "application/xml" && !isPlainText(bytes);
  if (isBinary) refuse({ key: "knowledge.uploadNotText", params: { fileName, ...detectedParams(detected) } });
  if (!isPlainText(bytes)) {
    refuse({ key: "knowledge.uploadNotUtf8", params: { fileName } });
  }
  if (new TextDecoder().decode(bytes).trim() === "") refuse({ key: "knowledge.uploadBlank", params: { fileName } });
}
