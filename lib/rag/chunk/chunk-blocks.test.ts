import { describe, expect, it } from "vitest";
import type { DocumentBlock } from "@/lib/rag/parse/types";
import { countTokens } from "@/lib/rag/text/tokenize";
import { chunkBlocks, type Chunk } from "./chunk-blocks";

const heading = (level: number, text: string): DocumentBlock => ({ kind: "heading", level, text });
const paragraph = (text: string): DocumentBlock => ({ kind: "paragraph", text });
const sentences = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix} sentence number ${index + 1} talks about waterproof boots.`).join(" ");

/** The longest suffix of `a` that is also a prefix of `b`, in tokens. */
function overlapTokens(a: string, b: string): number {
  for (let length = Math.min(a.length, b.length); length > 0; length--) {
    if (a.endsWith(b.slice(0, length))) return countTokens(b.slice(0, length));
  }
  return 0;
}

function expectWellFormed(chunks: Chunk[], maxTokens: number) {
  chunks.forEach((chunk, index) => {
    expect(chunk.ordinal).toBe(index);
    expect(chunk.text.trim()).not.toBe("");
    expect(chunk.tokenCount).toBe(countTokens(chunk.text));
    expect(chunk.tokenCount).toBeLessThanOrEqual(maxTokens);
  });
}

describe("chunkBlocks", () => {
  it("closes a chunk at every heading and records the heading trail by level", () => {
    const chunks = chunkBlocks([
      heading(1, "Guide"),
      paragraph("Intro."),
      heading(2, "Fit"),
      paragraph("Fit one."),
      paragraph("Fit two."),
      heading(3, "Width"),
      paragraph("Wide feet."),
      heading(2, "Care"),
      paragraph("Brush."),
      heading(1, "Appendix"),
      heading(2, "Empty section"),
      paragraph("Last."),
    ]);
    expect(chunks.map((chunk) => [chunk.sectionPath, chunk.text])).toEqual([
      [["Guide"], "Intro."],
      [["Guide", "Fit"], "Fit one.\n\nFit two."],
      [["Guide", "Fit", "Width"], "Wide feet."],
      [["Guide", "Care"], "Brush."],
      [["Appendix", "Empty section"], "Last."],
    ]);
    expectWellFormed(chunks, 300);
  });

  it("gathers paragraphs up to maxTokens and starts a new chunk beyond", () => {
    const blocks = Array.from({ length: 6 }, (_, index) => paragraph(sentences(`P${index}`, 3))); // about 36 tokens each
    const chunks = chunkBlocks(blocks, { maxTokens: 80, overlapTokens: 10 });
    expect(chunks.length).toBe(3);
    expectWellFormed(chunks, 80);
    expect(chunks.map((chunk) => chunk.text).join("\n\n")).toBe(blocks.map((block) => block.text).join("\n\n"));
  });

  it("splits a long paragraph into windows at sentence ends, overlapping by at most overlapTokens", () => {
    const long = sentences("Long", 40); // about 480 tokens
    const chunks = chunkBlocks([heading(2, "Details"), paragraph(long)], { maxTokens: 100, overlapTokens: 30 });
    expect(chunks.length).toBeGreaterThan(4);
    expectWellFormed(chunks, 100);
    for (const chunk of chunks) {
      expect(chunk.sectionPath).toEqual(["Details"]);
      expect(chunk.text).toMatch(/^Long sentence number \d+/); // starts at a sentence
      expect(chunk.text).toMatch(/boots\.$/); // ends at a sentence
    }
    for (let i = 1; i < chunks.length; i++) {
      const shared = overlapTokens(chunks[i - 1]?.text ?? "", chunks[i]?.text ?? "");
      expect(shared).toBeGreaterThan(0);
      expect(shared).toBeLessThanOrEqual(30);
    }
    expect(chunks[chunks.length - 1]?.text.endsWith("sentence number 40 talks about waterproof boots.")).toBe(true);
  });

  it("falls back to word boundaries when a paragraph has no sentence ends", () => {
    const words = Array.from({ length: 300 }, (_, index) => `word${index}`).join(" ");
    const chunks = chunkBlocks([paragraph(words)], { maxTokens: 50, overlapTokens: 10 });
    expectWellFormed(chunks, 50);
    for (const chunk of chunks) expect(chunk.text).toMatch(/^word\d+( word\d+)*$/);
    expect(chunks[0]?.text.startsWith("word0 ")).toBe(true);
    expect(chunks[chunks.length - 1]?.text.endsWith("word299")).toBe(true);
  });

  it("handles German text with umlauts and long compounds without breaking words", () => {
    const german = Array.from(
      { length: 30 },
      (_, index) => `Die Donaudampfschifffahrtsgesellschaft prüft ${index + 1} Wanderschuhe auf Wasserdichtigkeit und Größe.`,
    ).join(" ");
    const chunks = chunkBlocks([heading(1, "Qualitätsprüfung"), paragraph(german)], { maxTokens: 60, overlapTokens: 15 });
    expectWellFormed(chunks, 60);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      expect(chunk.sectionPath).toEqual(["Qualitätsprüfung"]);
      // An exact excerpt that starts and ends on word boundaries: no compound is cut in two.
      const start = german.indexOf(chunk.text);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start === 0 || german[start - 1] === " ").toBe(true);
      expect(german[start + chunk.text.length] ?? " ").toBe(" ");
      expect(chunk.text.endsWith("Größe.")).toBe(true);
    }
  });

  it("cuts a single giant token (a long URL) so no chunk exceeds the limit", () => {
    const url = `https://example.com/${"a/".repeat(200)}`;
    const chunks = chunkBlocks([paragraph(`See ${url} for details.`)], { maxTokens: 40, overlapTokens: 5 });
    expectWellFormed(chunks, 40);
    expect(chunks.length).toBeGreaterThan(5);
  });

  it("chunks a document without headings with an empty section path, and skips empty paragraphs", () => {
    const chunks = chunkBlocks([paragraph("  "), paragraph("Only text."), paragraph("")]);
    expect(chunks).toEqual([{ ordinal: 0, sectionPath: [], text: "Only text.", tokenCount: 3 }]);
    expect(chunkBlocks([])).toEqual([]);
    expect(chunkBlocks([heading(1, "Just a heading")])).toEqual([]);
  });

  it("rejects options that could not terminate", () => {
    expect(() => chunkBlocks([paragraph("x")], { maxTokens: 0 })).toThrow(RangeError);
    expect(() => chunkBlocks([paragraph("x")], { maxTokens: 10, overlapTokens: 10 })).toThrow(RangeError);
  });
});
