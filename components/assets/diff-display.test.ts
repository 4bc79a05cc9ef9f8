import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import de from "@/messages/de.json";
import { countChangedWords, defaultComparison, describeWordChanges } from "./diff-display";

const wordChanges = (locale: "en" | "de", parts: Parameters<typeof describeWordChanges>[0]) =>
  createTranslator({ locale, messages: locale === "de" ? de : en, namespace: "assets.diff" })("wordChanges", describeWordChanges(parts));

describe("countChangedWords", () => {
  it("counts added and removed words, not characters or whitespace", () => {
    const parts = [
      { value: "Fjell ", change: "same" as const },
      { value: "Hardshell-Jacke", change: "removed" as const },
      { value: "Jacke für Damen", change: "added" as const },
      { value: " ", change: "added" as const },
    ];
    expect(countChangedWords(parts)).toEqual({ added: 3, removed: 1 });
    expect(wordChanges("en", parts)).toBe("+3 / −1 words");
    expect(wordChanges("de", parts)).toBe("+3 / −1 Wörter");
  });

  it("names a change of one word and a whitespace-only change", () => {
    expect(wordChanges("en", [{ value: "neu", change: "added" }])).toBe("+1 / −0 word");
    expect(wordChanges("en", [{ value: "  ", change: "added" }])).toBe("whitespace only");
    expect(wordChanges("de", [{ value: "  ", change: "added" }])).toBe("nur Leerraum");
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
