import { describe, expect, it } from "vitest";
import { compileDisclaimerPattern, disclaimerPatternHolds } from "./disclaimer-conditions";
import { isRunawayPattern } from "./bounded-regex";

describe("disclaimer text patterns", () => {
  it("compiles an ordinary pattern case-insensitively", () => {
    expect(compileDisclaimerPattern("\\d+ ?mm")?.test("10000 MM Wassersäule")).toBe(true);
    // A repeated group is often safe (a separator starts each repetition): it is run, not refused.
    expect(disclaimerPatternHolds({ channel: null, language: null, text: "Preise inkl. MwSt.", pattern: "\\d(?:[.,]\\d+)*\\s?€" }, "nur 1.299,00 €")).toBe(true);
  });

  it("refuses overlong or invalid patterns, and matches a refused pattern as a plain term instead", () => {
    expect(compileDisclaimerPattern("a".repeat(201))).toBeNull();
    const disclaimer = { channel: null, language: null, text: "Note.", pattern: "Wassers(" };
    expect(disclaimerPatternHolds(disclaimer, "10.000 mm Wassersäule")).toBe(false);
    expect(disclaimerPatternHolds(disclaimer, "Wassers( ist kein Muster")).toBe(true);
  });
  it("stops a pattern that backtracks for ever when it runs too long, and does not run it again", () => {
    // Overlapping alternatives backtrack exponentially on a long run of digits: seconds without the limit.
    const disclaimer = { channel: null, language: null, text: "Note.", pattern: "(\\d|\\d)*$x" };
    expect(compileDisclaimerPattern(disclaimer.pattern)).not.toBeNull();
    const copy = "1".repeat(40) + "!";
    expect(disclaimerPatternHolds(disclaimer, copy)).toBe(false);
    expect(isRunawayPattern(compileDisclaimerPattern(disclaimer.pattern)!)).toBe(true);
    expect(disclaimerPatternHolds(disclaimer, copy)).toBe(false);
  });
});
