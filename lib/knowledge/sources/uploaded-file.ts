import type { SourceFormat } from "./create-source-version";

/** The parser an uploaded file goes to, by its extension (the upload schema admits only known ones). */
export function detectUploadFormat(fileName: string): SourceFormat {
  const extension = fileName.toLowerCase().match(/\.[a-z0-9]+$/)?.[0];
  if (extension === ".pdf") return "pdf";
  if (extension === ".html" || extension === ".htm") return "html";
  if (extension === ".md" || extension === ".markdown") return "markdown";
  return "text";
}

/** A browser upload (file name and base64 data, as the upload schema validated it) as bytes to store. */
export function decodeUploadedFile(file: { fileName: string; dataBase64: string }): {
  bytes: Uint8Array;
  format: SourceFormat;
  /** The title a source gets when the uploader gives none: the file name without its extension. */
  defaultTitle: string;
} {
  return {
    bytes: new Uint8Array(Buffer.from(file.dataBase64, "base64")),
    format: detectUploadFormat(file.fileName),
    defaultTitle: file.fileName.replace(/\.[a-z0-9]+$/i, ""),
  };
}
