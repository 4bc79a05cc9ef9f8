import { describe, expect, it } from "vitest";
import { countTokens, tokenizeForSearch } from "./tokenize";

describe("tokenizeForSearch", () => {
  it("lowercases, drops English stopwords and single characters, and stems", () => {
    expect(tokenizeForSearch("The Running shoes are waterproof; a 2-layer membrane!", "en")).toEqual([
      "run",
      "shoe",
      "waterproof",
      "layer",
      "membran",
    ]);
  });

  it("stems German inflections and compounds to one form and folds umlauts", () => {
    const [plural] = tokenizeForSearch("Wanderschuhe", "de");
    const [singular] = tokenizeForSearch("Wanderschuh", "de");
    expect(plural).toBe(singular);
    expect(tokenizeForSearch("Die Häuser und das Haus", "de")).toEqual(["haus", "haus"]);
  });

  it("keeps German words that carry product meaning although the stopword list has them", () => {
    expect(tokenizeForSearch("leicht und groß", "de")).toEqual(["leicht", "gross"]);
  });

  it("splits on anything that is not a letter or digit, keeping digits", () => {
    expect(tokenizeForSearch("e-mail: hallo@nordlicht.de, 340g", "de")).toEqual(["mail", "hallo", "nordlicht", "de", "340g"]);
  });

  it("is deterministic and returns nothing for empty or stopword-only text", () => {
    const text = "Waterproof trail running shoes for long days in the mountains";
    expect(tokenizeForSearch(text, "en")).toEqual(tokenizeForSearch(text, "en"));
    expect(tokenizeForSearch("", "en")).toEqual([]);
    expect(tokenizeForSearch("the and of", "en")).toEqual([]);
  });
});

describe("countTokens", () => {
  it("counts words and punctuation marks, long words as ceil(length / 6)", () => {
    expect(countTokens("Hello, world!")).toBe(4);
    expect(countTokens("Wanderschuhe")).toBe(2); // 12 letters
    expect(countTokens("Donaudampfschifffahrt")).toBe(4); // 21 letters
    expect(countTokens("")).toBe(0);
    expect(countTokens("   \n ")).toBe(0);
  });

  it("is additive across whitespace, which the chunker relies on", () => {
    const a = "Leichte Wanderschuhe, wasserdicht.";
    const b = "Ideal für lange Touren!";
    expect(countTokens(`${a} ${b}`)).toBe(countTokens(a) + countTokens(b));
    expect(countTokens(`${a}\n\n${b}`)).toBe(countTokens(a) + countTokens(b));
  });
});
