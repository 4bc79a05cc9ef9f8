import { parseHTML } from "linkedom";
import { normalizeText } from "@/lib/rag/text/normalize";
import type { DocumentBlock } from "@/lib/rag/parse/types";

const HEADING = /^H([1-6])$/;
// Elements that start a new paragraph. Everything else is inline and joins the text around it.
const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "CAPTION", "DD", "DETAILS", "DIALOG", "DIV", "DL", "DT",
  "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "HEADER", "HR", "LI", "MAIN", "MENU", "NAV", "OL", "P",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "TFOOT", "THEAD", "UL",
]);
const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "CANVAS", "HEAD", "TITLE"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A DOM for any HTML string; linkedom needs a whole document, so fragments are wrapped. */
export function loadHtmlDocument(html: string): Document {
  const isDocument = /<html[\s>]|<body[\s>]|<!doctype html/i.test(html.slice(0, 2_000));
  const source = isDocument ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document;
}

/**
 * The readable blocks under `root`: h1–h6 become headings; paragraphs, list items, quotes and
 * preformatted text become paragraphs; a table row becomes one paragraph with its cells joined
 * by " | " (a cell alone, "340 g", would lose what it measures); loose text in a div is a paragraph too.
 */
export function extractBlocks(root: Element): DocumentBlock[] {
  const blocks: DocumentBlock[] = [];
  let inline = "";
  const flush = () => {
    const text = normalizeText(inline);
    if (text) blocks.push({ kind: "paragraph", text });
    inline = "";
  };

  const visit = (node: Node) => {
    if (node.nodeType === TEXT_NODE) {
      // Source whitespace (indentation, line wraps) is not text; only <br> makes a line break.
      inline += (node.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    const tag = element.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    const heading = HEADING.exec(tag);
    if (heading) {
      flush();
      const text = singleLine(element.textContent ?? "");
      if (text) blocks.push({ kind: "heading", level: Number(heading[1]), text });
      return;
    }
    if (tag === "PRE") {
      flush();
      const text = normalizeText(element.textContent ?? "");
      if (text) blocks.push({ kind: "paragraph", text });
      return;
    }
    if (tag === "TR") {
      flush();
      const cells = [...element.children].map((cell) => singleLine(cell.textContent ?? "")).filter(Boolean);
      if (cells.length > 0) blocks.push({ kind: "paragraph", text: cells.join(" | ") });
      return;
    }
    if (tag === "BR") {
      inline += "\n";
      return;
    }
    const isBlock = BLOCK_TAGS.has(tag);
    if (isBlock) flush();
    for (const child of element.childNodes) visit(child);
    if (isBlock) flush();
    // Inline images carry meaning through their alt text ("Logo: Nordlicht"). It goes on its own
    // line so the firewall judges it as a unit of its own (an alt text is a classic carrier of
    // planted instructions) and never glues it to the sentence around it.
    if (tag === "IMG") {
      const alt = (element.getAttribute("alt") ?? "").replace(/\s+/g, " ").trim();
      if (alt) inline += `\n${alt}\n`;
    }
  };

  visit(root);
  flush();
  return blocks;
}

function singleLine(text: string): string {
  return normalizeText(text.replace(/\s+/g, " "));
}

/** Plain text of an HTML snippet (product descriptions), paragraphs separated by blank lines. */
export function htmlToText(html: string): string {
  return extractBlocks(loadHtmlDocument(html).body)
    .map((block) => block.text)
    .join("\n\n");
}
