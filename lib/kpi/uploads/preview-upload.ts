import { decodeChunks } from "@/lib/kpi/import/decode";
import { previewReport, type ReportPreview } from "@/lib/kpi/import/preview";

/** Bytes of the file's start the import dialog sends for the preview. */
export const PREVIEW_SAMPLE_BYTES = 64 * 1024;

/**
 * The import dialog's preview from the first bytes of a file: decoded like the import will
 * decode it (UTF-8, UTF-16 with BOM, or Windows-1252), cut after the last complete line, then
 * `previewReport`. Never throws for bad bytes: a file the import would refuse still gets a
 * preview so the dialog can show what it sees.
 */
export async function previewUpload(bytes: Uint8Array): Promise<ReportPreview & { sampleLines: number }> {
  let text = "";
  try {
    for await (const chunk of decodeChunks((async function* () { yield bytes; })(), () => {})) text += chunk;
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  // The sample ends mid-file: drop the partial last line unless the whole file fit.
  const lastBreak = Math.max(text.lastIndexOf("\n"), text.lastIndexOf("\r"));
  const complete = bytes.byteLength < PREVIEW_SAMPLE_BYTES || lastBreak < 0 ? text : text.slice(0, lastBreak);
  const preview = previewReport(complete, { sampleRows: 5 });
  return { ...preview, sampleLines: complete.split(/\r\n|\n|\r/).length };
}
