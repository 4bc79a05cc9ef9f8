import { describe, expect, it } from "vitest";
import { countChangedWords, defaultComparison, describeWordChanges } from "./diff-display";

describe("countChangedWords", () => {
  it("counts added and removed words, not characters or whitespace", () => {
    const parts = [
      { value: "Fjell ", change: "same" as const },
      { value: "Hardshell-Jacke", change: "removed" as const },
      { value: "Jacke für Damen", change: "added" as const },
      { value: " ", change: "added" as const },
    ];
    expect(countChangedWords(parts)).toEqual({ added: 3, removed: 1 });
    expect(describeWordChanges(parts)).toBe("+3 / −1 words");
  });

  it("names a change of one word and a whitespace-only change", () => {
    expect(describeWordChanges([{ value: "neu", change: "added" }])).toBe("+1 / −0 word");
    expect(describeWordChanges([{ value: "  ", change: "added" }])).toBe("whitespace only");
  });
});

describe("defaultComparison", () => {
  it("compares the previous version with the current one", () => {
    expect(defaultComparison([3, 2, 1], 3, 3)).toEqual({ from: 2, to: 3 });
  });

  it("compares an older viewed version with the current one", () => {
    expect(defaultComparison([1, 2, 3], 1, 3)).toEqual({ from: 1, to: 3 });
  });

  it("has nothing to compare with one version", () => {
    expect(defaultComparison([1], 1, 1)).toBeNull();
  });
});
