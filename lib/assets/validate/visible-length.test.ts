import { describe, expect, it } from "vitest";
import { visibleLength } from "./visible-length";

describe("visibleLength", () => {
  it("counts a composed and a decomposed umlaut as one character each", () => {
    expect(visibleLength("Gr\u00fc\u00dfe")).toBe(5);
    expect(visibleLength("Gru\u0308\u00dfe")).toBe(5);
    expect("Gru\u0308\u00dfe".length).toBe(6);
  });
  it("counts an emoji with a skin-tone modifier, a family and a flag as one each", () => {
    expect(visibleLength("👍🏽👨‍👩‍👧🇩🇪")).toBe(3);
  });
  it("counts plain text like String#length", () => {
    expect(visibleLength("Fjell Regenjacke")).toBe(16);
  });
});
