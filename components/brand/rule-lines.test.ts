import { describe, expect, it } from "vitest";
import { bannedToLines, disclaimersToLines, hashtagsToLine, lineToHashtags, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

describe("brand rule lines", () => {
  it("round-trips banned terms with and without reasons", () => {
    const rules = [{ term: "garantiert", reason: "no guarantees in ads" }, { term: "beste der Welt", reason: null }];
    expect(linesToBanned(bannedToLines(rules))).toEqual(rules);
  });

  it("parses preferred terms and names the line that is malformed", () => {
    expect(linesToPreferred("wasserdicht => wetterfest\n\nunkaputtbar")).toEqual({
      rules: [{ avoid: "wasserdicht", use: "wetterfest" }],
      errors: ['Preferred terms line 2: write "avoid => use" (optionally "en: avoid => use").'],
    });
    expect(preferredToLines([{ avoid: "a", use: "b" }])).toBe("a => b");
  });

  it("accepts disclaimers only for known channels", () => {
    const parsed = linesToDisclaimers("meta-ad/de: Preise inkl. MwSt.\nfax: nope\nlinkedin-ad: Ad");
    expect(parsed.rules).toEqual([
      { channel: "meta-ad", language: "de", text: "Preise inkl. MwSt." },
      { channel: "linkedin-ad", language: null, text: "Ad" },
    ]);
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]).toMatch(/^Disclaimers line 2/);
    expect(disclaimersToLines(parsed.rules)).toBe("meta-ad/de: Preise inkl. MwSt.\nlinkedin-ad: Ad");
  });
});

describe("brand rule lines: languages and conditions", () => {
  it("round-trips a language prefix on banned and preferred terms", () => {
    const banned = [{ term: "Schnäppchen", reason: "cheapens", language: "de" as const }];
    expect(linesToBanned(bannedToLines(banned))).toEqual(banned);
    expect(linesToPreferred("en: rucksack => backpack").rules).toEqual([{ avoid: "rucksack", use: "backpack", language: "en" }]);
    expect(preferredToLines([{ avoid: "rucksack", use: "backpack", language: "en" }])).toBe("en: rucksack => backpack");
  });

  it("round-trips disclaimers for every kind, with a category and a text pattern (a pattern may contain |)", () => {
    const parsed = linesToDisclaimers("*/de: Wassersäule nach ISO 811. | when: \\d+ ?(mm|cm)\nmeta-ad: Comfort per EN 13537. | category: Sleeping bags, Mats");
    expect(parsed.errors).toEqual([]);
    expect(parsed.rules).toEqual([
      { channel: null, language: "de", text: "Wassersäule nach ISO 811.", pattern: "\\d+ ?(mm|cm)" },
      { channel: "meta-ad", language: null, text: "Comfort per EN 13537.", categories: ["Sleeping bags", "Mats"] },
    ]);
    expect(linesToDisclaimers(disclaimersToLines(parsed.rules)).rules).toEqual(parsed.rules);
  });
});

describe("hashtag line", () => {
  it("reads hashtags separated by spaces, commas or lines, '#' optional, repeats dropped", () => {
    expect(lineToHashtags("#Nordlicht Hardshell, #regenjacke\nnordlicht")).toEqual({ hashtags: ["Nordlicht", "Hardshell", "regenjacke"], errors: [] });
  });

  it("refuses a hashtag with punctuation or only digits, naming it", () => {
    expect(lineToHashtags("#Rain-Jacket 2026 Fjell")).toEqual({
      hashtags: ["Fjell"],
      errors: ['Hashtag "#Rain-Jacket" can hold only letters, digits and underscores, and not only digits.', 'Hashtag "2026" can hold only letters, digits and underscores, and not only digits.'],
    });
  });

  it("writes the list back as one line", () => {
    expect(hashtagsToLine(["Nordlicht", "Hardshell"])).toBe("#Nordlicht #Hardshell");
    expect(hashtagsToLine(undefined)).toBe("");
  });
});
