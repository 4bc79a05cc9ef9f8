import { describe, expect, it } from "vitest";
import { compileDisclaimerPattern, disclaimerPatternHolds } from "./disclaimer-conditions";

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
  it("runs a pattern that would backtrack for ever in linear time", () => {
    // Overlapping alternatives backtrack exponentially on a long run of digits in JavaScript's
    // engine (seconds for 40 digits); RE2 answers at once, also for a much longer text.
    const disclaimer = { channel: null, language: null, text: "Note.", pattern: "(\\d|\\d)*$x" };
    expect(compileDisclaimerPattern(disclaimer.pattern)).not.toBeNull();
    const started = performance.now();
    expect(disclaimerPatternHolds(disclaimer, "1".repeat(20_000) + "!")).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("refuses what RE2 cannot run in linear time (lookbehind, backreferences), and matches Unicode case-insensitively", () => {
    expect(compileDisclaimerPattern("(?<=ab)c")).toBeNull();
    expect(compileDisclaimerPattern("(a)\\1")).toBeNull();
    expect(compileDisclaimerPattern("wassersäule")?.test("20.000 mm WASSERSÄULE")).toBe(true);
  });
});
