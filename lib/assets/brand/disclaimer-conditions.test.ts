import { describe, expect, it } from "vitest";
import { compileDisclaimerPattern, disclaimerPatternHolds } from "./disclaimer-conditions";

describe("disclaimer text patterns", () => {
  it("compiles an ordinary pattern case-insensitively", () => {
    expect(compileDisclaimerPattern("\\d+ ?mm")?.test("10000 MM Wassersäule")).toBe(true);
  });

  it("refuses patterns that repeat a repeated group, which can backtrack for ever", () => {
    for (const pattern of ["(a+)+$", "(\\w*)*x", "(x|y+){2,}", "((ab)*)+"]) expect(compileDisclaimerPattern(pattern)).toBeNull();
    expect(compileDisclaimerPattern("(\\d+) mm")).not.toBeNull();
    expect(compileDisclaimerPattern("(mm|cm)+")).not.toBeNull();
  });

  it("refuses overlong patterns, and matches a refused pattern as a plain term instead", () => {
    expect(compileDisclaimerPattern("a".repeat(201))).toBeNull();
    const disclaimer = { channel: null, language: null, text: "Note.", pattern: "(a+)+$" };
    expect(disclaimerPatternHolds(disclaimer, "a".repeat(40) + "!")).toBe(false);
    expect(disclaimerPatternHolds(disclaimer, "the (a+)+$ pattern")).toBe(true);
  });
});
