import { describe, expect, it } from "vitest";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { checkBrandRules } from "./brand-rules";
import { cited, linkedInAd, metaAd, rsa, seoPage } from "@/lib/testing/assets/validate-fixtures";

const rules = (overrides: Partial<BrandRules>): BrandRules => ({ ...EMPTY_BRAND_RULES, ...overrides });

describe("checkBrandRules: banned terms", () => {
  const banned = rules({ bannedTerms: [{ term: "billig", reason: "Wir sind Premium" }] });

  it("reports a banned term with the field and the reason", () => {
    const issues = checkBrandRules(metaAd({ headline: cited("Billig und gut") }), banned);
    expect(issues).toEqual([
      {
        path: "headline.text",
        rule: "brand.banned_term",
        severity: "error",
        message: 'Headline uses the banned term "billig" (Wir sind Premium); rephrase without it.',
        code: "brandBannedTermWithReason",
        params: { term: "billig", reason: "Wir sind Premium" },
      },
    ]);
  });
  it("ignores the term as a substring of another word", () => {
    expect(checkBrandRules(metaAd({ headline: cited("Mit Billigung des TÜV") }), banned)).toEqual([]);
  });
  it("finds the term in an inflected form", () => {
    expect(checkBrandRules(metaAd({ primaryText: cited("Die billigste Jacke der Saison") }), banned).map((issue) => issue.path)).toEqual(["primaryText.text"]);
  });
  it("checks every visible field of a page, including FAQ questions and link text", () => {
    const page = seoPage({
      faq: [{ question: "Ist die Jacke billig?", answer: cited("Nein.") }],
      internalLinks: [{ url: "https://shop.example/pflege", anchorText: "billige Pflege", citations: [] }],
    });
    expect(checkBrandRules(page, banned).map((issue) => issue.path)).toEqual(["faq[0].question", "internalLinks[0].anchorText"]);
  });
  it("checks RSA display paths but not URLs or UTM values", () => {
    const ad = rsa({ path1: "billig", finalUrl: "https://shop.example/billig", utm: { ...rsa().utm, campaign: "billig" } });
    expect(checkBrandRules(ad, banned).map((issue) => issue.path)).toEqual(["path1"]);
  });
  it("matches multi-word phrases", () => {
    const phrase = rules({ bannedTerms: [{ term: "beste Jacke der Welt", reason: null }] });
    const issues = checkBrandRules(linkedInAd({ intro: cited("Die beste Jacke der  Welt für Ihr Team") }), phrase);
    expect(issues.map((issue) => issue.message)).toEqual(['Intro text uses the banned term "beste Jacke der Welt"; rephrase without it.']);
  });
});

describe("checkBrandRules: preferred terms", () => {
  const preferred = rules({ preferredTerms: [{ avoid: "Kunde", use: "Kundin oder Kunde" }] });

  it("warns and suggests the preferred wording", () => {
    const issues = checkBrandRules(metaAd({ primaryText: cited("Jeder Kunde bekommt 20 % Rabatt") }), preferred);
    expect(issues).toEqual([
      {
        path: "primaryText.text",
        rule: "brand.preferred_term",
        severity: "warning",
        message: 'Primary text uses "Kunde"; the brand prefers "Kundin oder Kunde".',
        code: "brandPreferredTerm",
        params: { avoid: "Kunde", use: "Kundin oder Kunde" },
      },
    ]);
  });
  it("accepts text that already uses the preferred wording", () => {
    expect(checkBrandRules(metaAd({ primaryText: cited("Jede Kundin oder Kunde bekommt Rabatt") }), preferred)).toEqual([]);
  });
});

describe("checkBrandRules: required disclaimers", () => {
  const disclaimer = rules({ requiredDisclaimers: [{ channel: "meta-ad", language: null, text: "Preise inkl. MwSt." }] });

  it("errors when the channel's disclaimer is missing", () => {
    expect(checkBrandRules(metaAd(), disclaimer)).toEqual([
      expect.objectContaining({ path: "", rule: "brand.disclaimer_missing", severity: "error" }),
    ]);
  });
  it("accepts the disclaimer in any field, with different case and spacing", () => {
    expect(checkBrandRules(metaAd({ description: cited("preise inkl.  MwSt.") }), disclaimer)).toEqual([]);
  });
  it("ignores disclaimers of other channels", () => {
    expect(checkBrandRules(linkedInAd(), disclaimer)).toEqual([]);
  });
  it("applies a language-bound disclaimer only to assets in that language", () => {
    const german = rules({ requiredDisclaimers: [{ channel: "meta-ad", language: "de", text: "Preise inkl. MwSt." }] });
    const germanAd = metaAd();
    expect(germanAd.language).toBe("de");
    expect(checkBrandRules({ ...germanAd, language: "en" }, german)).toEqual([]);
    expect(checkBrandRules(germanAd, german).map((issue) => issue.rule)).toEqual(["brand.disclaimer_missing"]);
  });
  it("does not accept a disclaimer split across two fields", () => {
    const ad = metaAd({ headline: cited("Preise inkl."), description: cited("MwSt.") });
    expect(checkBrandRules(ad, disclaimer).map((issue) => issue.rule)).toEqual(["brand.disclaimer_missing"]);
  });
});
