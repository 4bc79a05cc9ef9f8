import type { StructuredTextItem } from "unpdf";
import { normalizeText } from "@/lib/rag/text/normalize";
import type { DocumentBlock } from "@/lib/rag/parse/types";

// A PDF text layer has positioned strings, not paragraphs. Lines come from end-of-line marks
// and baseline changes; a paragraph ends where the gap to the next line is clearly larger than
// the usual line spacing; a short line set clearly larger than the body text is a heading.

type Line = { text: string; y: number; fontSize: number; page: number };

const PARAGRAPH_GAP_FACTOR = 1.5;
const HEADING_SIZE_FACTOR = 1.2;
const MAX_HEADING_CHARS = 150;
// Running page numbers ("3", "Seite 3 von 9", "– 3 –") are layout, not content.
const PAGE_NUMBER = /^(?:(?:page|seite|s\.)\s*)?\d{1,4}(?:\s*(?:of|von|\/)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;

function toLines(pages: StructuredTextItem[][]): Line[] {
  const lines: Line[] = [];
  pages.forEach((items, page) => {
    let current: Line | null = null;
    const end = () => {
      if (current && current.text.trim() !== "") lines.push({ ...current, text: current.text.replace(/\s+/g, " ").trim() });
      current = null;
    };
    for (const item of items) {
      const line: Line | null = current;
      if (line !== null && Math.abs(line.y - item.y) > Math.max(line.fontSize, item.fontSize) * 0.5 && item.str.trim() !== "") end();
      if (item.str !== "") {
        current ??= { text: "", y: item.y, fontSize: item.fontSize, page };
        current.text += item.str;
        current.fontSize = Math.max(current.fontSize, item.fontSize);
      }
      if (item.hasEOL) end();
    }
    end();
  });
  return lines.filter((line) => !PAGE_NUMBER.test(line.text));
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? null;
}

/** The font size covering the most characters: the body text. */
function bodyFontSize(lines: Line[]): number {
  const characters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.fontSize * 10) / 10;
    characters.set(size, (characters.get(size) ?? 0) + line.text.length);
  }
  return [...characters.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/** Joins wrapped lines, undoing end-of-line hyphenation ("Wander-" + "schuhe"), not "E-" + "Mail". */
function joinLines(lines: string[]): string {
  return lines.reduce((text, line) => {
    if (text === "") return line;
    if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) return text.slice(0, -1) + line;
    return `${text} ${line}`;
  }, "");
}

export function layoutBlocks(pages: StructuredTextItem[][]): DocumentBlock[] {
  const lines = toLines(pages);
  const bodySize = bodyFontSize(lines);
  const isHeading = (line: Line) =>
    bodySize > 0 && line.fontSize >= bodySize * HEADING_SIZE_FACTOR && line.text.length <= MAX_HEADING_CHARS;
  const headingSizes = [...new Set(lines.filter(isHeading).map((line) => Math.round(line.fontSize)))].sort((a, b) => b - a);
  const gaps = lines.slice(1).flatMap((line, index) => {
    const previous = lines[index] as Line;
    const gap = previous.y - line.y;
    return previous.page === line.page && gap > 0 && !isHeading(line) && !isHeading(previous) ? [gap] : [];
  });
  const lineSpacing = median(gaps) ?? bodySize * 1.2;

  const blocks: DocumentBlock[] = [];
  let group: Line[] = [];
  const flush = () => {
    const first = group[0];
    if (first) {
      const text = normalizeText(joinLines(group.map((line) => line.text)));
      if (text && isHeading(first)) {
        const level = Math.min(6, headingSizes.indexOf(Math.round(first.fontSize)) + 1);
        blocks.push({ kind: "heading", level: Math.max(1, level), text });
      } else if (text) blocks.push({ kind: "paragraph", text });
    }
    group = [];
  };
  for (const line of lines) {
    const previous = group[group.length - 1];
    const startsNew =
      previous !== undefined &&
      (previous.page !== line.page ||
        isHeading(previous) !== isHeading(line) ||
        Math.abs(previous.fontSize - line.fontSize) > 0.5 ||
        previous.y - line.y > lineSpacing * PARAGRAPH_GAP_FACTOR ||
        previous.y - line.y < 0);
    if (startsNew) flush();
    group.push(line);
  }
  flush();
  return blocks;
}
