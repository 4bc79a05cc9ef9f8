import { describe, expect, it } from "vitest";
import { applyPreferredTerms } from "./preferred-terms";

describe("applyPreferredTerms", () => {
  it("replaces whole words, keeping a sentence-initial capital and the inflection", () => {
    const rules = [{ avoid: "wasserdicht", use: "wetterfest" }];
    expect(applyPreferredTerms("Eine wasserdichte Jacke, wasserdicht bis 20.000 mm.", rules)).toBe("Eine wetterfeste Jacke, wetterfest bis 20.000 mm.");
    expect(applyPreferredTerms("Waterproof and light.", [{ avoid: "waterproof", use: "weatherproof" }])).toBe("Weatherproof and light.");
  });

  it("finds the term however the text spells umlauts, as the validator does", () => {
    expect(applyPreferredTerms("Die Groesse passt.", [{ avoid: "Größe", use: "Passform" }])).toBe("Die Passform passt.");
    expect(applyPreferredTerms("Die GRÖSSE passt.", [{ avoid: "Größe", use: "Passform" }])).toBe("Die Passform passt.");
  });

  it("does not touch longer words that merely start with the term", () => {
    expect(applyPreferredTerms("Das Radio läuft.", [{ avoid: "Rad", use: "Fahrrad" }])).toBe("Das Radio läuft.");
  });

  it("leaves text alone that already uses a preferred phrase containing the avoided word, so it is idempotent", () => {
    const rules = [{ avoid: "Kunde", use: "Kundin oder Kunde" }];
    const once = applyPreferredTerms("Jeder Kunde und alle Kunden.", rules);
    expect(once).toBe("Jeder Kundin oder Kunde und alle Kundin oder Kunden.");
    expect(applyPreferredTerms(once, rules)).toBe(once);
  });
});

describe("applyPreferredTerms per language", () => {
  const rules = [{ avoid: "rucksack", use: "backpack", language: "en" as const }, { avoid: "Kunde", use: "Kundin oder Kunde", language: "de" as const }];

  it("applies an English pair to English text only: the German Rucksack stays", () => {
    expect(applyPreferredTerms("Der Rucksack wiegt 900 g.", rules, "de")).toBe("Der Rucksack wiegt 900 g.");
    expect(applyPreferredTerms("Rucksack and rucksacks.", rules, "en")).toBe("Backpack and backpacks.");
  });
  it("applies a German pair to German text only", () => {
    expect(applyPreferredTerms("Each Kunde", rules, "en")).toBe("Each Kunde");
    expect(applyPreferredTerms("Jeder Kunde", rules, "de")).toBe("Jeder Kundin oder Kunde");
  });
});
