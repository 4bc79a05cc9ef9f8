import { describe, expect, it } from "vitest";
import { makeTestPdf } from "@/lib/testing/rag/make-test-pdf";
import { parseSourceFile } from "./parse-source-file";
import { ParseError } from "./types";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function parseError(input: Parameters<typeof parseSourceFile>[0]): Promise<ParseError> {
  const error = await parseSourceFile(input).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ParseError);
  return error as ParseError;
}

describe("parseSourceFile", () => {
  it("dispatches by extension", async () => {
    expect((await parseSourceFile({ fileName: "guide.md", bytes: utf8("# Guide\n\nText") })).format).toBe("markdown");
    expect((await parseSourceFile({ fileName: "notes.markdown", bytes: utf8("Text") })).format).toBe("markdown");
    expect((await parseSourceFile({ fileName: "NOTES.TXT", bytes: utf8("# not a heading") })).blocks).toEqual([
      { kind: "paragraph", text: "# not a heading" },
    ]);
    expect((await parseSourceFile({ fileName: "page.htm", bytes: utf8("<p>Hello</p>") })).format).toBe("html");
    const pdf = await parseSourceFile({ fileName: "brochure.pdf", bytes: makeTestPdf([{ size: 11, y: 700, text: "Hello PDF" }]) });
    expect(pdf.format).toBe("pdf");
    expect(pdf.blocks).toEqual([{ kind: "paragraph", text: "Hello PDF" }]);
  });

  it("trusts content over the name: %PDF- and <html> are sniffed", async () => {
    const pdfAsText = await parseSourceFile({ fileName: "export.txt", bytes: makeTestPdf([{ size: 11, y: 700, text: "Sniffed" }]) });
    expect(pdfAsText.format).toBe("pdf");
    const pageAsMarkdown = await parseSourceFile({ fileName: "saved.md", bytes: utf8("<!DOCTYPE html><html><body><h1>Saved page</h1></body></html>") });
    expect(pageAsMarkdown.format).toBe("html");
    expect(pageAsMarkdown.title).toBe("Saved page");
    const mentionsPdf = await parseSourceFile({ fileName: "about.md", bytes: utf8("A PDF starts with %PDF-1.7.") });
    expect(mentionsPdf.format).toBe("markdown");
  });

  it("uses the MIME type when the name has no extension", async () => {
    const doc = await parseSourceFile({ fileName: "upload", mimeType: "text/markdown; charset=utf-8", bytes: utf8("# Hi") });
    expect(doc.format).toBe("markdown");
    expect((await parseError({ fileName: "upload", bytes: utf8("text") })).message).toMatch(/Unsupported file type/);
  });

  it("refuses unsupported extensions with a sentence for the uploader", async () => {
    const error = await parseError({ fileName: "Brand Book.docx", bytes: utf8("PK...") });
    expect(error.message).toBe("Unsupported file type “.docx”: upload Markdown, plain text, HTML or PDF.");
  });

  it("refuses text that is not valid UTF-8, and decodes UTF-16 with a byte order mark", async () => {
    const latin1 = new Uint8Array([0x47, 0x72, 0xf6, 0xdf, 0x65]); // "Größe" in Latin-1
    expect((await parseError({ fileName: "sizes.txt", bytes: latin1 })).message).toMatch(/not valid UTF-8/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Größe"].flatMap((char) => [char.charCodeAt(0), 0])]);
    expect((await parseSourceFile({ fileName: "sizes.txt", bytes: utf16 })).blocks).toEqual([{ kind: "paragraph", text: "Größe" }]);
  });

  it("strips a UTF-8 byte order mark", async () => {
    const doc = await parseSourceFile({ fileName: "a.md", bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("# Title")]) });
    expect(doc.title).toBe("Title");
  });
});
