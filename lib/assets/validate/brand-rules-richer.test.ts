import { describe, expect, it } from "vitest";
import type { Asset } from "@/lib/assets/schemas/asset";
import { EMPTY_BRAND_RULES, readBrandRules, type BrandRules, type RequiredDisclaimer } from "@/lib/assets/schemas/brand-rules";
import { checkBrandRules, evaluateBrandRules } from "./brand-rules";
import { validateAsset } from "./validate-asset";
import { cited, context, metaAd, rsa, seoPage } from "@/lib/testing/assets/validate-fixtures";

const rules = (overrides: Partial<BrandRules>): BrandRules => ({ ...EMPTY_BRAND_RULES, ...overrides });
const english = <T extends { language: "de" | "en" }>(asset: T): T => ({ ...asset, language: "en" });

describe("stored rules from before the richer rules", () => {
  it("still parse, with the new fields at their defaults", () => {
    const stored = { bannedTerms: [{ term: "billig", reason: null }], preferredTerms: [{ avoid: "Kunde", use: "Kundin" }], requiredDisclaimers: [{ channel: "meta-ad", text: "Preise inkl. MwSt." }], toneNotes: null };
    const read = readBrandRules(stored);
    expect(read.requiredDisclaimers).toEqual([{ channel: "meta-ad", language: null, text: "Preise inkl. MwSt." }]);
    expect(evaluateBrandRules(metaAd({ headline: cited("Billig") }), { rules: read }).map((r) => [r.ruleType, r.applicable, r.passed])).toEqual([
      ["banned_term", true, false],
      ["preferred_term", true, true],
      ["disclaimer", true, false],
    ]);
  });
  it("drop only an unreadable entry, keeping the other rules", () => {
    const read = readBrandRules({ bannedTerms: [{ term: "billig" }, { nope: 1 }], preferredTerms: [], requiredDisclaimers: [{ channel: "fax" }], toneNotes: null });
    expect(read.bannedTerms).toEqual([{ term: "billig", reason: null }]);
    expect(read.requiredDisclaimers).toEqual([]);
  });
});

describe("preferred and banned terms per language", () => {
  const pairs = rules({ preferredTerms: [{ avoid: "rucksack", use: "backpack", language: "en" }] });

  it("checks an English pair on English copy only: the German word Rucksack stays", () => {
    expect(checkBrandRules(metaAd({ headline: cited("Der Rucksack für jeden Tag") }), pairs)).toEqual([]);
    expect(checkBrandRules(english(metaAd({ headline: cited("The rucksack for every day") })), pairs).map((i) => i.rule)).toEqual(["brand.preferred_term"]);
  });
  it("marks a rule of another language as not applicable", () => {
    const [result] = evaluateBrandRules(metaAd(), { rules: pairs });
    expect(result).toMatchObject({ ruleType: "preferred_term", applicable: false, passed: true });
  });
  it("applies a banned term limited to German to German copy only", () => {
    const banned = rules({ bannedTerms: [{ term: "Schnäppchen", reason: null, language: "de" }] });
    expect(checkBrandRules(metaAd({ headline: cited("Ein Schnäppchen") }), banned).map((i) => i.rule)).toEqual(["brand.banned_term"]);
    expect(checkBrandRules(english(metaAd({ headline: cited("A Schnäppchen") })), banned)).toEqual([]);
  });
  it("gives each rule a stable id from its content, not its position", () => {
    const a = rules({ bannedTerms: [{ term: "billig", reason: null }, { term: "Deal", reason: null }] });
    const b = rules({ bannedTerms: [{ term: "Deal", reason: "x" }, { term: "billig", reason: null }] });
    const ids = (r: BrandRules) => evaluateBrandRules(metaAd(), { rules: r }).map((e) => e.ruleId).sort();
    expect(ids(a)).toEqual(ids(b));
  });
});

describe("conditional disclaimers", () => {
  const VAT: RequiredDisclaimer = { channel: "meta-ad", language: null, text: "Preise inkl. MwSt." };
  const evaluate = (disclaimer: RequiredDisclaimer, asset: Asset = metaAd(), productCategory: string | null = null) =>
    evaluateBrandRules(asset, { rules: rules({ requiredDisclaimers: [disclaimer] }), productCategory })[0]!;

  it("asset kind: applies to its kind only; null applies to every kind", () => {
    expect(evaluate(VAT)).toMatchObject({ applicable: true, passed: false });
    expect(evaluate(VAT, rsa())).toMatchObject({ applicable: false, passed: true });
    expect(evaluate({ ...VAT, channel: null }, rsa())).toMatchObject({ applicable: true, passed: false });
  });
  it("language: applies to assets in that language only", () => {
    expect(evaluate({ ...VAT, language: "de" })).toMatchObject({ applicable: true });
    expect(evaluate({ ...VAT, language: "en" })).toMatchObject({ applicable: false });
  });
  it("product category: applies when the product's category path names one of them, never on a topic page", () => {
    const comfort = { ...VAT, categories: ["Schlafsäcke", "Isomatten"] };
    expect(evaluate(comfort, metaAd(), "Outdoor > Schlafsäcke")).toMatchObject({ applicable: true, passed: false });
    expect(evaluate(comfort, metaAd(), "Outdoor > Jacken")).toMatchObject({ applicable: false });
    expect(evaluate(comfort, metaAd(), null)).toMatchObject({ applicable: false });
  });
  it("text pattern: applies only where the copy states a measured value", () => {
    const standard = { ...VAT, channel: null, text: "Wassersäule gemessen nach ISO 811.", pattern: "\\d[\\d.]* ?mm" };
    const stating = metaAd({ primaryText: cited("Die Jacke hält 20.000 mm Wassersäule.") });
    expect(evaluate(standard, stating)).toMatchObject({ applicable: true, passed: false, ruleType: "disclaimer" });
    expect(evaluate(standard, metaAd())).toMatchObject({ applicable: false, passed: true });
    const withNote = metaAd({ primaryText: cited("Die Jacke hält 20.000 mm. Wassersäule gemessen nach ISO 811.") });
    expect(evaluate(standard, withNote)).toMatchObject({ applicable: true, passed: true });
  });
  it("text pattern: a disclaimer that mentions the pattern does not make itself required", () => {
    const standard: RequiredDisclaimer = { channel: null, language: null, text: "Wassersäule gemessen nach ISO 811.", pattern: "Wassersäule" };
    expect(evaluate(standard, metaAd({ description: cited("Wassersäule gemessen nach ISO 811.") }))).toMatchObject({ applicable: false });
  });
  it("all conditions must hold together", () => {
    const both = { ...VAT, language: "de" as const, categories: ["Jacken"], pattern: "dreilagig" };
    expect(evaluate(both, metaAd({ headline: cited("Dreilagig") }), "Jacken")).toMatchObject({ applicable: true });
    expect(evaluate(both, metaAd({ headline: cited("Leicht") }), "Jacken")).toMatchObject({ applicable: false });
    expect(evaluate(both, metaAd({ headline: cited("Dreilagig") }), "Hosen")).toMatchObject({ applicable: false });
    expect(evaluate(both, english(metaAd({ headline: cited("Dreilagig") })), "Jacken")).toMatchObject({ applicable: false });
  });
});

describe("disclaimer text is exempt from grounding", () => {
  const standard: RequiredDisclaimer = { channel: "meta-ad", language: null, text: "Gemessen nach EN 343:2019.", pattern: null };
  it("a standard's number inside a required disclaimer is not an ungrounded number; outside one it is", () => {
    const ad = metaAd({ description: cited("Gemessen nach EN 343:2019.") });
    const codes = (brandRules: BrandRules) => validateAsset(ad, context({ brandRules })).issues.map((issue) => issue.rule);
    expect(codes(rules({ requiredDisclaimers: [standard] }))).not.toContain("grounding.unsupported_number");
    expect(codes(EMPTY_BRAND_RULES)).toContain("grounding.unsupported_number");
  });
});

describe("formatting rules", () => {
  const formatting = (f: BrandRules["formatting"]) => rules({ formatting: f });

  it("formality Sie: flags du-forms in German copy; English copy has no such rule", () => {
    const sie = formatting({ formality: "sie" });
    expect(checkBrandRules(metaAd({ primaryText: cited("Hol dir die Jacke für deine nächste Tour.") }), sie).map((i) => i.message)).toEqual([
      'Primary text addresses the reader with "dir"; the brand writes German copy with "Sie".',
      'Primary text addresses the reader with "deine"; the brand writes German copy with "Sie".',
    ]);
    expect(checkBrandRules(metaAd({ primaryText: cited("Holen Sie sich Ihre Jacke.") }), sie)).toEqual([]);
    expect(evaluateBrandRules(english(metaAd()), { rules: sie })[0]).toMatchObject({ ruleType: "formality", applicable: false });
  });
  it("formality du: flags a capitalised Sie/Ihr inside a sentence, not a sentence-initial 'Sie' (she)", () => {
    const du = formatting({ formality: "du" });
    expect(checkBrandRules(metaAd({ primaryText: cited("Holen Sie sich Ihre Jacke.") }), du).length).toBe(2);
    expect(checkBrandRules(metaAd({ primaryText: cited("Die Jacke ist leicht. Sie wiegt 350 g. Hol dir deine.") }), du)).toEqual([]);
  });
  it("no exclamation marks", () => {
    const none = formatting({ exclamationMarks: false });
    expect(checkBrandRules(metaAd({ headline: cited("Jetzt kaufen!") }), none).map((i) => `${i.rule}@${i.path}`)).toEqual(["brand.exclamation_mark@headline.text"]);
    expect(checkBrandRules(metaAd({ headline: cited("Jetzt kaufen!") }), EMPTY_BRAND_RULES)).toEqual([]);
  });
  it("sentence case: flags Title Case headlines, not names or German nouns", () => {
    const sentence = formatting({ sentenceCaseHeadlines: true });
    const headline = (text: string, language: "de" | "en" = "en") => evaluateBrandRules({ ...metaAd({ headline: cited(text) }), language }, { rules: sentence, properNouns: ["Nordlicht", "Fjell Pro Jacket"] })[0]!;
    expect(headline("Light Rain Jacket For Every Trail")).toMatchObject({ passed: false });
    expect(headline("Light rain jacket for every trail")).toMatchObject({ passed: true });
    expect(headline("The Nordlicht Fjell Pro Jacket")).toMatchObject({ passed: true });
    expect(headline("Regenjacke Für Den Winter", "de")).toMatchObject({ passed: false });
    expect(headline("Regenjacke für den Winter", "de")).toMatchObject({ passed: true });
  });
  it("price format per language: German 129,00 €, English €129.00", () => {
    const prices = formatting({ priceFormat: { de: { decimals: "always", symbol: "after", space: true }, en: { decimals: "always", symbol: "before", space: false } } });
    const codes = (text: string, language: "de" | "en") => checkBrandRules({ ...metaAd({ primaryText: cited(text) }), language }, prices).map((i) => i.message);
    expect(codes("Jetzt für 1.299,00 € bestellen.", "de")).toEqual([]);
    expect(codes("Jetzt für 1.299,00\u00a0€ bestellen.", "de")).toEqual([]);
    expect(codes("Jetzt für 1.299 € bestellen.", "de")).toEqual(['Primary text writes the price "1.299 €"; the brand writes it as "1.299,00 €".']);
    expect(codes("Jetzt für €1.299,00 bestellen.", "de")).toHaveLength(1);
    expect(codes("Now €1,299.00.", "en")).toEqual([]);
    expect(codes("Now 1,299.00 €.", "en")).toEqual(['Primary text writes the price "1,299.00 €"; the brand writes it as "€1,299.00".']);
    // Copy without a price has nothing to format: the rule does not count.
    expect(evaluateBrandRules(metaAd({ primaryText: cited("Leicht.") }), { rules: prices })[0]).toMatchObject({ ruleType: "price_format", applicable: false });
  });
});

describe("evaluateBrandRules over a whole page", () => {
  it("lists one entry per rule with applicable and passed", () => {
    const result = evaluateBrandRules(seoPage(), {
      rules: rules({
        bannedTerms: [{ term: "billig", reason: null }],
        preferredTerms: [{ avoid: "wasserdicht", use: "wetterfest", language: "de" }],
        requiredDisclaimers: [{ channel: "meta-ad", language: null, text: "Preise inkl. MwSt." }],
        formatting: { exclamationMarks: false },
      }),
    });
    expect(result.map(({ ruleType, applicable, passed }) => ({ ruleType, applicable, passed }))).toEqual([
      { ruleType: "banned_term", applicable: true, passed: true },
      { ruleType: "preferred_term", applicable: true, passed: false },
      { ruleType: "disclaimer", applicable: false, passed: true },
      { ruleType: "exclamation_marks", applicable: true, passed: true },
    ]);
    expect(result[1]!.message).toMatch(/uses "wasserdicht"; the brand prefers "wetterfest"\. \(and \d+ more\)$/);
  });
});
