import { describe, expect, it } from "vitest";
import { decodeUploadedFile, detectUploadFormat } from "./uploaded-file";

describe("uploaded files", () => {
  it("picks the parser by extension, case-insensitively, plain text otherwise", () => {
    expect(detectUploadFormat("Brochure.PDF")).toBe("pdf");
    expect(detectUploadFormat("page.htm")).toBe("html");
    expect(detectUploadFormat("page.html")).toBe("html");
    expect(detectUploadFormat("notes.markdown")).toBe("markdown");
    expect(detectUploadFormat("notes.md")).toBe("markdown");
    expect(detectUploadFormat("notes.txt")).toBe("text");
    expect(detectUploadFormat("README")).toBe("text");
  });

  it("decodes base64 and names the source after the file", () => {
    const decoded = decodeUploadedFile({ fileName: "Pricing 2026.md", dataBase64: Buffer.from("# Preise", "utf8").toString("base64") });
    expect(new TextDecoder().decode(decoded.bytes)).toBe("# Preise");
    expect(decoded.format).toBe("markdown");
    expect(decoded.defaultTitle).toBe("Pricing 2026");
  });
});
