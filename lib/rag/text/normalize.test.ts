import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("composes characters (NFC), so the same word typed two ways is one string", () => {
    const decomposed = "Gro\u0308\u00DFe Schuhe"; // o + combining diaeresis
    expect(normalizeText(decomposed)).toBe("Größe Schuhe");
    expect(normalizeText(decomposed)).toBe(normalizeText("Größe Schuhe"));
  });

  it("removes zero-width, soft-hyphen and control characters", () => {
    expect(normalizeText("Wan\u200Bder\u00ADschuh\uFEFF mit\u0007 Sohle")).toBe("Wanderschuh mit Sohle");
  });

  it("keeps zero-width joiners inside emoji but not inside words", () => {
    expect(normalizeText("Made by 👩\u200D💻 and 👍🏽")).toBe("Made by 👩\u200D💻 and 👍🏽");
    expect(normalizeText("ig\u200Dnore")).toBe("ignore");
  });

  it("unifies line endings and collapses spaces and tabs, also no-break spaces", () => {
    expect(normalizeText("one\r\ntwo\rthree")).toBe("one\ntwo\nthree");
    expect(normalizeText("a \t  b\u00A0\u00A0c")).toBe("a b c");
  });

  it("keeps paragraph breaks but at most one blank line, and trims", () => {
    expect(normalizeText("  First para.  \n\n\n\n  Second para.\n \n  \nThird.  ")).toBe("First para.\n\nSecond para.\n\nThird.");
  });

  it("is idempotent", () => {
    const messy = " A\u200B b\r\n\r\n\r\nc\t\td ";
    expect(normalizeText(normalizeText(messy))).toBe(normalizeText(messy));
  });
});
