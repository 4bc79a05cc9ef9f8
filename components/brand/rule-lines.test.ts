import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { bannedToLines, disclaimersToLines, hashtagsToLine, lineToHashtags, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

describe("brand rule lines", () => {
  it("round-trips banned terms with and without reasons", () => {
    const rules = [{ term: "garantiert", reason: "no guarantees in ads" }, { term: "beste der Welt", reason: null }];
    expect(linesToBanned(bannedToLines(rules))).toEqual(rules);
  });

  it("parses preferred terms and names the line that is malformed", () => {
    expect(linesToPreferred("wasserdicht => wetterfest\n\nunkaputtbar")).toEqual({
      rules: [{ avoid: "wasserdicht", use: "wetterfest" }],
      errors: [{ key: "preferredLine", line: 2 }],
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
    expect(parsed.errors[0]).toMatchObject({ key: "disclaimerLine", line: 2 });
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
      errors: [
        { key: "hashtag", entry: "#Rain-Jacket" },
        { key: "hashtag", entry: "2026" },
      ],
    });
  });

  it("writes the list back as one line", () => {
    expect(hashtagsToLine(["Nordlicht", "Hardshell"])).toBe("#Nordlicht #Hardshell");
    expect(hashtagsToLine(undefined)).toBe("");
  });
});

describe("brand rule line errors in words", () => {
  const english = createTranslator({ locale: "en", messages: en, namespace: "brand.lineErrors" });
  const german = createTranslator({ locale: "de", messages: de, namespace: "brand.lineErrors" });

  it("names the line in English and German", () => {
    const [error] = linesToPreferred("ok => fine\nbroken").errors;
    expect(error).toEqual({ key: "preferredLine", line: 2 });
    expect(english("preferredLine", { line: 2 })).toBe('Preferred terms line 2: write "avoid => use" (optionally "en: avoid => use").');
    expect(german("preferredLine", { line: 2 })).toMatch(/^Bevorzugte Begriffe, Zeile 2: /);
  });
});
