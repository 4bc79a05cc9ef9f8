import { describe, expect, it } from "vitest";
import type { BrandRules } from "@/lib/assets/schemas/brand-rules";
import { EMPTY_BRAND_RULES } from "@/lib/assets/schemas/brand-rules";
import { createBrandPolicy } from "./brand-policy";
import { toCopyAttribute } from "./copy-attributes";
import { offerCopy } from "./offer-copy";
import { PHRASES } from "./phrases";
import type { RankedSentence } from "./rank-sentences";
import { settleDisclaimers } from "./settle-disclaimers";
import { writeMetaAd } from "./meta-ad-writer";
import { writeSeoPage } from "./seo-page-writer";
import { briefFor, inputFor, productChunk, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

const VAT = { en: "Prices incl. VAT.", de: "Preise inkl. MwSt." } as const;
const PRICE_PATTERN = "\\d\\s?€|€\\s?\\d|\\bEUR\\b";

function withPriceDisclaimer(language: "de" | "en"): BrandRules {
  return { ...EMPTY_BRAND_RULES, requiredDisclaimers: [{ channel: null, language, text: VAT[language], pattern: PRICE_PATTERN }] };
}

describe("settleDisclaimers", () => {
  it.each(["de", "en"] as const)("takes out a pattern disclaimer the finished copy does not need (%s)", (language) => {
    const policy = createBrandPolicy(withPriceDisclaimer(language), "meta-ad", language, { factsText: "Price: 49.90 EUR" });
    expect(policy.disclaimers).toEqual([VAT[language]]);
    const withoutPrice = { headline: { text: "Licht für den Arbeitsweg", citations: ["c1"] }, primaryText: { text: `Hell und leicht. ${VAT[language]}`, citations: ["c1"] } };
    expect(settleDisclaimers(withoutPrice, policy).primaryText.text).toBe("Hell und leicht.");
    const withPrice = { ...withoutPrice, headline: { text: "Frontlicht ab 49,90 €", citations: ["c1"] } };
    expect(settleDisclaimers(withPrice, policy)).toEqual(withPrice);
  });

  it("drops a list entry that held only the disclaimer", () => {
    const policy = createBrandPolicy(withPriceDisclaimer("en"), "google-rsa", "en", { factsText: "Price: 49.90 EUR" });
    const rsa = { descriptions: [{ text: "Bright and light.", citations: ["c1"], pin: null }, { text: VAT.en, citations: ["c1"], pin: null }] };
    expect(settleDisclaimers(rsa, policy).descriptions).toEqual([rsa.descriptions[0]]);
  });
});

describe("toCopyAttribute", () => {
  const context = (language: "de" | "en") => ({ brand: "Nordlicht Outdoor", language });

  it("never states feed bookkeeping: the row's language, ids, the shop's own brand", () => {
    expect(toCopyAttribute("Language", "de", context("de"))).toBeNull();
    expect(toCopyAttribute("SKU", "NL-123", context("en"))).toBeNull();
    expect(toCopyAttribute("Brand", "Nordlicht", context("en"))).toBeNull();
    // Another maker's brand in a retailer's feed is a fact.
    expect(toCopyAttribute("Marke", "Fjällräven", context("de"))).toEqual({ key: "Marke", value: "Fjällräven" });
  });

  it("moves a unit from the label to the number and names common labels in the copy's language", () => {
    expect(toCopyAttribute("Weight g", "95", context("de"))).toEqual({ key: "Gewicht", value: "95 g" });
    expect(toCopyAttribute("Farbe", "Slate grey", context("en"))).toEqual({ key: "Colour", value: "Slate grey" });
    expect(toCopyAttribute("Lux", "70 lux", context("en"))).toEqual({ key: "", value: "70 lux" });
    expect(toCopyAttribute("Water column", "20,000 mm", context("en"))).toEqual({ key: "Water column", value: "20,000 mm" });
  });
});

describe("page copy from attributes", () => {
  it.each(["de", "en"] as const)("writes one sentence over the attributes, no 'Label: value' lines (%s)", (language) => {
    const page = writeSeoPage(inputFor(briefFor("seo-page", language), sourcesFor(language)));
    const texts = page.outline.map((section) => section.brief.text);
    for (const text of texts) expect(text).not.toMatch(/(?:^|[.!?]\s+)\p{L}+:\s/u);
    expect(texts.some((text) => text.includes(language === "de" ? "Gewicht 420 g" : "weight 420 g"))).toBe(true);
  });
});

describe("internal links", () => {
  it.each(["de", "en"] as const)("links a page whose title states a number only when its chunk is cited (%s)", (language) => {
    const other = { url: "https://nordlicht.example/p/fjord-20", title: language === "de" ? "Fjord 20 Rucksack" : "Fjord 20 backpack" };
    const brief = briefFor("seo-page", language, { knownUrls: [...briefFor("seo-page", language).knownUrls, other] });
    const without = writeSeoPage(inputFor(brief, sourcesFor(language)));
    expect(without.internalLinks.map((link) => link.url)).not.toContain(other.url);
    const otherChunk = { ...productChunk(language, other.title), id: "chk_fjord", url: other.url };
    const withChunk = writeSeoPage(inputFor(brief, [...sourcesFor(language), otherChunk]));
    expect(withChunk.internalLinks.find((link) => link.url === other.url)?.citations).toEqual(["chk_fjord"]);
  });
});

describe("internal links across languages", () => {
  it.each([["de", "en"], ["en", "de"]] as const)("a %s page does not link a page known to be in %s", (language, other) => {
    const foreign = { url: "https://nordlicht.example/other-language", title: "Winter", language: other };
    const page = writeSeoPage(inputFor(briefFor("seo-page", language, { knownUrls: [...briefFor("seo-page", language).knownUrls, foreign] }), sourcesFor(language)));
    expect(page.internalLinks.map((link) => link.url)).not.toContain(foreign.url);
    expect(page.internalLinks.length).toBeGreaterThan(0);
  });
});

describe("offerCopy", () => {
  const ranked = (text: string, sourceId: string): RankedSentence => ({ text, sourceId }) as RankedSentence;

  it.each([
    ["de", "Herbstaktion: 20 % Rabatt mit dem Code HERBST20 bis 31.10.2026", "Mit dem Code HERBST20 gibt es 20 % Rabatt. Der Code gilt bis zum 31.10.2026.", "20 % sparen mit dem Code HERBST20, gültig bis 31.10.2026."],
    ["en", "Autumn offer: 20% off with code AUTUMN20 until 31 October 2026", "Use the code AUTUMN20 for 20% off. The code is valid until 31 October 2026.", "Use code AUTUMN20 for 20% off until 31 October 2026."],
  ] as const)("states every grounded part; a source sentence missing the end date gives way to the template (%s)", (language, goal, source, expected) => {
    const sentences = source.split(/(?<=\.)\s/).map((text) => ranked(text, "chk_campaign"));
    const offer = offerCopy({ goal, sources: [{ id: "chk_campaign", title: "Campaign", version: 1, section: null, url: null, text: source }], sentences, phrases: PHRASES[language] });
    expect(offer?.sentence.text).toBe(expected);
  });

  it("keeps the source's own sentence when it states code, value and end date, with the template as its compact form", () => {
    const text = "Vom 1. bis zum 30. November 2026 gibt es 20 % Rabatt mit dem Code LICHT20.";
    const offer = offerCopy({ goal: "20 % Rabatt mit dem Code LICHT20 bis zum 30.11.2026", sources: [{ id: "c", title: "Aktion", version: 1, section: null, url: null, text }], sentences: [ranked(text, "c")], phrases: PHRASES.de });
    expect(offer?.sentence.text).toBe(text);
    expect(offer?.compact?.text).toBe("20 % sparen mit dem Code LICHT20, gültig bis 30. November 2026.");
  });
});

describe("social lead text", () => {
  it("leaves out the price note when the ad states no price, and keeps it when it does", () => {
    const brief = briefFor("meta-ad", "en", { brandRules: { ...withPriceDisclaimer("en"), bannedTerms: [], preferredTerms: [] } });
    const ad = writeMetaAd(inputFor(brief, sourcesFor("en")));
    const copy = [ad.primaryText.text, ad.headline.text, ad.description.text].join("\n");
    expect(copy.includes(VAT.en)).toBe(/€\s?\d/.test(copy.replace(VAT.en, "")));
  });
});
