import { normalizeText } from "@/lib/rag/text/normalize";
import { NO_TEXT_WARNING, type DocumentBlock, type ParsedDocument } from "@/lib/rag/parse/types";

/** Paragraphs split on blank lines; line breaks inside a paragraph are kept. */
export function parsePlainText(text: string): ParsedDocument {
  const blocks: DocumentBlock[] = normalizeText(text)
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => ({ kind: "paragraph", text: paragraph }));
  return { title: null, blocks, hiddenTexts: [], warnings: blocks.length === 0 ? [NO_TEXT_WARNING] : [] };
}
