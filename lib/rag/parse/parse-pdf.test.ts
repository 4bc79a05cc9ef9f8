import { describe, expect, it } from "vitest";
import { makeTestPdf as makePdf } from "@/lib/testing/rag/make-test-pdf";
import { parsePdf } from "./parse-pdf";
import { ParseError } from "./types";

describe("parsePdf", () => {
  it("reads headings by font size and paragraphs by line gaps, undoing hyphenation", async () => {
    const bytes = makePdf([
      { size: 20, y: 740, text: "Trail Guide" },
      { size: 11, y: 700, text: "Our shoes are tested on long" },
      { size: 11, y: 686, text: "trails in the Alps. The Wander-" },
      { size: 11, y: 672, text: "schuhe last for years." },
      { size: 14, y: 630, text: "Care" },
      { size: 11, y: 600, text: "Brush off dirt after every hike." },
      { size: 11, y: 560, text: "Let them dry slowly." },
      { size: 11, y: 40, text: "3" },
    ]);
    const doc = await parsePdf(bytes);
    expect(doc.title).toBe("Trail Guide");
    expect(doc.blocks).toEqual([
      { kind: "heading", level: 1, text: "Trail Guide" },
      { kind: "paragraph", text: "Our shoes are tested on long trails in the Alps. The Wanderschuhe last for years." },
      { kind: "heading", level: 2, text: "Care" },
      { kind: "paragraph", text: "Brush off dirt after every hike." },
      { kind: "paragraph", text: "Let them dry slowly." },
    ]);
    expect(doc.warnings).toEqual([]);
  });

  it("leaves the caller's bytes usable", async () => {
    const bytes = makePdf([{ size: 11, y: 700, text: "Hello PDF" }]);
    await parsePdf(bytes);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect((await parsePdf(bytes)).blocks).toEqual([{ kind: "paragraph", text: "Hello PDF" }]);
  });

  it("refuses a corrupt file with a readable sentence", async () => {
    const corrupt = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog garbage");
    const error = await parsePdf(corrupt).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/^This PDF could not be read: /);
  });

  it("refuses a PDF without a text layer, naming OCR", async () => {
    const error = await parsePdf(makePdf([])).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toMatch(/no text layer/);
    expect((error as ParseError).message).toMatch(/OCR/);
  });
});
