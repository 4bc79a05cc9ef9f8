import { describe, expect, it } from "vitest";
import { bannedToLines, disclaimersToLines, linesToBanned, linesToDisclaimers, linesToPreferred, preferredToLines } from "./rule-lines";

describe("brand rule lines", () => {
  it("round-trips banned terms with and without reasons", () => {
    const rules = [{ term: "garantiert", reason: "no guarantees in ads" }, { term: "beste der Welt", reason: null }];
    expect(linesToBanned(bannedToLines(rules))).toEqual(rules);
  });

  it("parses preferred terms and names the line that is malformed", () => {
    expect(linesToPreferred("wasserdicht => wetterfest\n\nunkaputtbar")).toEqual({
      rules: [{ avoid: "wasserdicht", use: "wetterfest" }],
      errors: ['Preferred terms line 2: write "avoid => use".'],
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
