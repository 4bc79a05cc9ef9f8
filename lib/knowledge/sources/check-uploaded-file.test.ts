import { describe, expect, it } from "vitest";
import { makeTestPdf } from "@/lib/testing/rag/make-test-pdf";
import { checkUploadedFile, isPlainText } from "./check-uploaded-file";

const MB = 1024 * 1024;
const text = (value: string) => new TextEncoder().encode(value);
// The first bytes of every Windows program: "MZ", then the DOS stub and a PE header offset.
function windowsProgram(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  bytes.set([0x80, 0x00, 0x00, 0x00], 0x3c);
  bytes.set([0x50, 0x45, 0x00, 0x00, 0x4c, 0x01], 0x80);
  return bytes;
}
const check = (fileName: string, bytes: Uint8Array, maxBytes = 10 * MB) => checkUploadedFile({ fileName, bytes, maxBytes });

describe("checking an upload before it is queued", () => {
  it("accepts Markdown, text, HTML and a readable PDF", async () => {
    await expect(check("Leitfaden.md", text("# Leitfaden\n\nWir siezen."))).resolves.toBeUndefined();
    await expect(check("notes.txt", text("Übergangsjacken für Pendlerinnen"))).resolves.toBeUndefined();
    await expect(check("page.html", text("<!doctype html><h1>Hallo</h1>"))).resolves.toBeUndefined();
    await expect(check("Preise.pdf", makeTestPdf([{ size: 12, y: 700, text: "Preise 2026" }]))).resolves.toBeUndefined();
  });

  it("refuses an empty file, naming it", async () => {
    await expect(check("empty.md", new Uint8Array())).rejects.toThrow("“empty.md” is empty: there is no text to add to the knowledge base.");
    await expect(check("blank.md", text("\n  \n"))).rejects.toThrow("“blank.md” is empty: it holds only blank lines or spaces.");
  });

  it("refuses a Windows program renamed .pdf, by its content", async () => {
    await expect(check("Preisliste.pdf", windowsProgram())).rejects.toThrow("“Preisliste.pdf” is not a PDF: its content is a Windows program (.exe). Upload the original PDF.");
  });

  it("refuses a program uploaded as .exe or renamed .md", async () => {
    await expect(check("setup.exe", windowsProgram())).rejects.toThrow("“setup.exe” is not a supported file type (.exe): upload Markdown, plain text, HTML or PDF.");
    await expect(check("notes.md", windowsProgram())).rejects.toThrow("“notes.md” is not a text file: its content is a Windows program (.exe).");
  });

  it("refuses a damaged PDF before queueing, with the parser's reason", async () => {
    const damaged = text("%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref or trailer");
    await expect(check("kaputt.pdf", damaged)).rejects.toThrow(/^“kaputt\.pdf” could not be opened\. This PDF could not be read: the file is damaged or not a PDF\./);
  });

  it("refuses a file over the limit, saying both sizes", async () => {
    await expect(check("big.md", text("a".repeat(2 * MB)), MB)).rejects.toThrow("“big.md” is 2.0 MB; files up to 1.0 MB can be uploaded.");
  });

  it("treats UTF-8 without NUL bytes as text, anything else not", () => {
    expect(isPlainText(text("Grüße"))).toBe(true);
    expect(isPlainText(new Uint8Array([0x47, 0x00, 0x48]))).toBe(false);
    expect(isPlainText(new Uint8Array([0xff, 0xfe, 0x41]))).toBe(false);
  });
});
