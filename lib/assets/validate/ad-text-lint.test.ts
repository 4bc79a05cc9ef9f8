import { describe, expect, it } from "vitest";
import {
  countExclamationMarks,
  duplicateKey,
  findAllCapsWords,
  findDecorativeSymbols,
  findEmoji,
  findLetterSubstitutions,
  findRepeatedPunctuation,
} from "./ad-text-lint";

describe("ad text detectors", () => {
  it("finds each kind of repeated punctuation once", () => {
    expect(findRepeatedPunctuation("Jetzt!! Was?? Hm... Na.. ok… $$ !!")).toEqual(["!!", "??", "...", "..", "…", "$$"]);
    expect(findRepeatedPunctuation("Preis: 1.299,00 €. Fragen? Ja.")).toEqual([]);
  });
  it("checks hyphenated words part by part", () => {
    const allowed = new Set(["USB", "GORE-TEX"]);
    expect(findAllCapsWords("GRATIS-Versand mit USB-C und GORE-TEX", allowed)).toEqual(["GRATIS"]);
    expect(findAllCapsWords("Ab 3 Stück, Größe M oder XT500", allowed)).toEqual([]);
  });
  it("finds letter substitutions and spares codes and units", () => {
    expect(findLetterSubstitutions("fr33 c00l $ale b@ck €uro")).toEqual(["fr33", "c00l", "$ale", "b@ck", "€uro"]);
    expect(findLetterSubstitutions("3er 500ml 4K XT500 H2O B2B $5 20€ iPhone 15")).toEqual([]);
  });
  it("finds emoji as whole graphemes but not trademark signs", () => {
    expect(findEmoji("Top 👍🏽 🇩🇪 ❤️ ® ™ ©")).toEqual(["👍🏽", "🇩🇪", "❤️"]);
  });
  it("leaves decorative symbols to their own rule", () => {
    expect(findEmoji("✔ ★")).toEqual([]);
    expect(findDecorativeSymbols("• Top ★ ✔ * →")).toEqual(["•", "★", "✔", "*", "→"]);
  });
  it("counts exclamation marks including the full-width one", () => {
    expect(countExclamationMarks("Ja! Wirklich！")).toBe(2);
  });
  it("builds duplicate keys insensitive to case and spacing, not to words", () => {
    expect(duplicateKey("  Wasserdicht  UND leicht")).toBe(duplicateKey("wasserdicht und leicht"));
    expect(duplicateKey("Wasserdicht und leicht")).not.toBe(duplicateKey("Wasserdicht und warm"));
  });
});
