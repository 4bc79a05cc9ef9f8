import { describe, expect, it } from "vitest";
import { estimatePromptTokens, estimateTokens } from "./estimate-tokens";

describe("estimateTokens", () => {
  it("counts nothing for empty or blank text", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("  \n\t ")).toBe(0);
  });

  it("uses about four characters per token for ordinary English", () => {
    const text = "The waterproof membrane keeps you dry on long hikes in the rain."; // 64 chars, 12 words
    expect(estimateTokens(text)).toBe(16);
  });

  it("never counts fewer than four tokens per three words (short words)", () => {
    expect(estimateTokens("a b c d e f")).toBe(8); // 11 chars → 3, but 6 words → 8
  });

  it("counts characters, not UTF-16 units, so umlauts and emoji are not double-counted", () => {
    expect(estimateTokens("Größenübersicht")).toBe(4); // 15 characters
    expect(estimateTokens("🙂🙂🙂🙂")).toBe(2); // 4 characters (8 UTF-16 units) → max(1, 2)
  });

  it("grows with the text", () => {
    const short = estimateTokens("Regenjacke");
    const long = estimateTokens("Regenjacke mit verschweißten Nähten und einer Wassersäule von 20.000 mm");
    expect(long).toBeGreaterThan(short);
  });
});

describe("estimatePromptTokens", () => {
  it("adds a per-message overhead to the text of each message", () => {
    expect(estimatePromptTokens([])).toBe(0);
    expect(estimatePromptTokens([{ text: "" }, { text: "" }])).toBe(8);
    expect(estimatePromptTokens([{ text: "You write ads." }, { text: "Write one." }])).toBe(4 + 4 + 4 + 3);
  });
});
