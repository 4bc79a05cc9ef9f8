import { describe, expect, it } from "vitest";
import { checkSentenceFragments, fragmentReason, isSentenceFragment } from "./sentence-fragments";

describe("fragmentReason", () => {
  it.each([
    ["Zurück in Hamburg nähten sie in einer Altonaer", "de"],
    ["Wir reparieren jede Jacke in einer großen", "de"],
    ["Leicht und wasserdicht und", "de"],
    ["Die Jacke für", "de"],
    ["Gemacht für Touren, die", "de"],
    ["At 420 g it packs small into any", "en"],
    ["The shell that keeps you dry when", "en"],
    ["Built for long days in the", "en"],
    ["Recycled nylon, taped seams,", "en"],
    ["Discover the Fjell 3L and", "en"],
  ] as const)("%s is a fragment", (text, language) => {
    expect(isSentenceFragment(text, language)).toBe(true);
  });

  it.each([
    ["Fjell 3L Hardshell Jacket | Nordlicht", "en"],
    ["Gear up for autumn", "en"],
    ["Check it out", "en"],
    ["Looking for a hardshell?", "en"],
    ["Use code AUTUMN15 for 15 % off.", "en"],
    ["Weight 420 g", "en"],
    ["Fjell 3L Hardshelljacke ab 349 €", "de"],
    ["Hardshell gesucht?", "de"],
    ["Wir reparieren, was wir verkaufen", "de"],
    ["Probieren Sie es aus", "de"],
    ["Genäht in einer Altonaer Werkstatt", "de"],
    ["Pflegehinweise für Ihre Hardshell", "de"],
  ] as const)("%s is complete", (text, language) => {
    expect(fragmentReason(text, language)).toBeNull();
  });
});

describe("checkSentenceFragments", () => {
  it("flags a fragment in an SEO title and H1 as errors naming the field", () => {
    const cited = (text: string) => ({ text, citations: ["chk_1"] });
    const page = {
      kind: "seo-page",
      language: "de",
      title: cited("Zurück in Hamburg nähten sie in einer Altonaer"),
      h1: cited("Werkstatt in Hamburg"),
    } as unknown as Parameters<typeof checkSentenceFragments>[0];
    const issues = checkSentenceFragments(page);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: "title.text", rule: "text.fragment", severity: "error" });
    expect(issues[0]!.message).toMatch(/sentence fragment/);
  });

  it("flags RSA headlines one by one", () => {
    const ad = {
      kind: "google-rsa",
      language: "en",
      headlines: [{ text: "Fjell 3L Hardshell", citations: [], pin: null }, { text: "Built for long days in the", citations: [], pin: null }],
    } as unknown as Parameters<typeof checkSentenceFragments>[0];
    expect(checkSentenceFragments(ad).map((issue) => issue.path)).toEqual(["headlines[1].text"]);
  });
});
