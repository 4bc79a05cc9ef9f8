import { extractTextItems, getDocumentProxy } from "unpdf";
import { layoutBlocks } from "@/lib/rag/parse/pdf-layout";
import { ParseError, type ParsedDocument } from "@/lib/rag/parse/types";

function unreadable(error: unknown): ParseError {
  const name = error instanceof Error ? error.name : "";
  const reason =
    name === "PasswordException"
      ? "it is password-protected. Remove the password and upload it again."
      : "the file is damaged or not a PDF. Export it again and upload the new file.";
  return new ParseError(`This PDF could not be read: ${reason}`, { cause: error });
}

/** Text of a PDF's text layer as blocks. Scanned PDFs (images only) are refused: no OCR. */
export async function parsePdf(bytes: Uint8Array): Promise<ParsedDocument> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // A copy, because pdf.js may take over (detach) the buffer it is given; verbosity 0 keeps
    // pdf.js from printing repair notices of damaged files to the server log.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw unreadable(error);
  }
  try {
    const { items } = await extractTextItems(pdf).catch((error: unknown) => {
      throw unreadable(error);
    });
    const blocks = layoutBlocks(items);
    if (blocks.length === 0) {
      throw new ParseError(
        "This PDF has no text layer (it is probably a scanned image), and text recognition (OCR) is not supported. Upload a PDF with selectable text.",
      );
    }
    const emptyPages = items.filter((page) => !page.some((item) => item.str.trim() !== "")).length;
    const warnings =
      emptyPages > 0 ? [`${emptyPages} of ${items.length} pages have no text layer (scanned?) and were skipped.`] : [];
    const title = blocks.find((block) => block.kind === "heading" && block.level === 1)?.text ?? null;
    return { title, blocks, hiddenTexts: [], warnings };
  } finally {
    await pdf.loadingTask.destroy().catch(() => undefined);
  }
}

/**
 * Opens a PDF and closes it again, so a damaged or password-protected file is refused at upload
 * with the same sentence the parser would give, instead of failing later in the queue.
 */
export async function assertPdfOpens(bytes: Uint8Array): Promise<void> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw unreadable(error);
  }
  await pdf.loadingTask.destroy().catch(() => undefined);
}
