import { normalizeText } from "@/lib/rag/text/normalize";
import { stripInlineMarkdown } from "@/lib/rag/parse/markdown-inline";
import { NO_TEXT_WARNING, type DocumentBlock, type ParsedDocument } from "@/lib/rag/parse/types";

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?(.*)$/;
const BLOCKQUOTE = /^ {0,3}>[ ]?/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

/** Lines of the paragraph being read: prose joins with spaces, list/table/code lines with "\n". */
type Pending = { lines: string[]; kind: "prose" | "lines" | "code" };

/**
 * Markdown as a reader sees it: ATX and setext headings, paragraphs; lists, tables, quotes and
 * code blocks become paragraphs; front matter is dropped; HTML comments (invisible when the
 * Markdown is rendered) go to hiddenTexts. Title = the first H1.
 */
export function parseMarkdown(text: string): ParsedDocument {
  const lines = dropFrontMatter(text.normalize("NFC").replace(/\r\n?/g, "\n").split("\n"));
  const hiddenTexts: string[] = [];
  const blocks: DocumentBlock[] = [];
  const state: { pending: Pending | null } = { pending: null };

  const flush = () => {
    const pending = state.pending;
    state.pending = null;
    if (!pending) return;
    const joined = pending.lines.join(pending.kind === "prose" ? " " : "\n");
    const cleaned = normalizeText(pending.kind === "code" ? joined : stripInlineMarkdown(joined));
    if (cleaned) blocks.push({ kind: "paragraph", text: cleaned });
  };
  const append = (line: string, kind: "prose" | "lines") => {
    if (state.pending?.kind !== kind) flush();
    state.pending ??= { lines: [], kind };
    state.pending.lines.push(line);
  };

  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] ?? "").includes("<!--") && !extractComments(lines, i, hiddenTexts)) continue;
    const fence = FENCE.exec(lines[i] ?? "");
    if (fence) {
      flush();
      const marker = fence[1] ?? "```";
      const code: string[] = [];
      for (i++; i < lines.length && !isClosingFence(lines[i] ?? "", marker); i++) code.push(lines[i] ?? "");
      state.pending = { lines: code, kind: "code" };
      flush();
      continue;
    }
    const line = (lines[i] ?? "").replace(BLOCKQUOTE, "").replace(BLOCKQUOTE, "");
    if (line.trim() === "" || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const atx = ATX_HEADING.exec(line);
    if (atx) {
      flush();
      pushHeading(blocks, atx[1]?.length ?? 1, atx[2] ?? "");
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && state.pending?.kind === "prose") {
      // "Title\n=====" / "Title\n-----": the paragraph read so far was a heading.
      const headingText = state.pending.lines.join(" ");
      state.pending = null;
      pushHeading(blocks, underline[1]?.startsWith("=") ? 1 : 2, headingText);
      continue;
    }
    if (TABLE_SEPARATOR.test(line) && line.includes("|")) continue;
    if (THEMATIC_BREAK.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) append(item[1] ?? "", "lines");
    else if (line.trimStart().startsWith("|")) append(tableRow(line), "lines");
    else if (state.pending?.kind === "lines") {
      // A continuation line of a list item joins the item it follows.
      const items = state.pending.lines;
      items[items.length - 1] = `${items[items.length - 1] ?? ""} ${line.trim()}`;
    } else append(line.trim(), "prose");
  }
  flush();

  const title = blocks.find((block) => block.kind === "heading" && block.level === 1)?.text ?? null;
  return { title, blocks, hiddenTexts, warnings: blocks.length === 0 ? [NO_TEXT_WARNING] : [] };
}

function pushHeading(blocks: DocumentBlock[], level: number, raw: string) {
  const text = normalizeText(stripInlineMarkdown(raw)).replace(/\n/g, " ");
  if (text) blocks.push({ kind: "heading", level, text });
}

function isClosingFence(line: string, marker: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  return match !== null && match[1]?.[0] === marker[0] && (match[1]?.length ?? 0) >= marker.length;
}

function tableRow(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((cell) => cell.trim())
    .join(" | ");
}

function dropFrontMatter(lines: string[]): string[] {
  const open = lines[0]?.trim();
  if (open !== "---" && open !== "+++") return lines;
  const closers = open === "---" ? ["---", "..."] : ["+++"];
  const close = lines.findIndex((line, index) => index > 0 && closers.includes(line.trim()));
  return close > 0 ? lines.slice(close + 1) : lines;
}

/**
 * Removes the HTML comments that start on line `start` (possibly spanning later lines), records
 * their text, and leaves what surrounds them on line `start`. Returns whether visible text
 * remains on that line.
 */
function extractComments(lines: string[], start: number, hiddenTexts: string[]): boolean {
  let end = start;
  let joined = lines[start] ?? "";
  // An unclosed comment hides the rest of the document, as it does when rendered.
  while (joined.lastIndexOf("<!--") > joined.lastIndexOf("-->") && end + 1 < lines.length) {
    end++;
    joined += `\n${lines[end] ?? ""}`;
  }
  const visible = joined.replace(/<!--([\s\S]*?)(?:-->|$)/g, (_comment, body: string) => {
    const hidden = normalizeText(body);
    if (/\p{L}/u.test(hidden)) hiddenTexts.push(hidden);
    return "";
  });
  lines.splice(start, end - start + 1, visible);
  return visible.trim() !== "";
}
