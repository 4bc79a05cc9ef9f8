import { describe, expect, it } from "vitest";
import { EMPTY_BRAND_RULES, type BrandRules } from "@/lib/assets/schemas/brand-rules";
import { createBrandPolicy } from "./brand-policy";
import { formatPrice } from "./price-format";
import { writeMetaAd } from "./meta-ad-writer";
import { validateAsset } from "@/lib/assets/validate/validate-asset";
import { briefFor, contextFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

const rules = (overrides: Partial<BrandRules>): BrandRules => ({ ...EMPTY_BRAND_RULES, ...overrides });

describe("createBrandPolicy", () => {
  it("bans and prefers terms per language", () => {
    const policy = (language: "de" | "en") =>
      createBrandPolicy(rules({ bannedTerms: [{ term: "Schnäppchen", reason: null, language: "de" }], preferredTerms: [{ avoid: "rucksack", use: "backpack", language: "en" }] }), "meta-ad", language);
    expect(policy("de").allows("Ein Schnäppchen")).toBe(false);
    expect(policy("en").allows("Ein Schnäppchen")).toBe(true);
    expect(policy("de").polish("Der Rucksack")).toBe("Der Rucksack");
    expect(policy("en").polish("The rucksack")).toBe("The backpack");
  });

  it("never uses a German sentence in the other address form", () => {
    const sie = createBrandPolicy(rules({ formatting: { formality: "sie" } }), "meta-ad", "de");
    expect(sie.allows("Hol dir die Jacke.")).toBe(false);
    expect(sie.allows("Holen Sie sich die Jacke.")).toBe(true);
    expect(createBrandPolicy(rules({ formatting: { formality: "sie" } }), "meta-ad", "en").allows("Get your jacket, du.")).toBe(true);
  });

  it("turns exclamation marks into full stops where the brand writes without them", () => {
    const calm = createBrandPolicy(rules({ formatting: { exclamationMarks: false } }), "meta-ad", "de");
    expect(calm.polish("Jetzt bestellen! Wirklich?!")).toBe("Jetzt bestellen. Wirklich?");
    expect(createBrandPolicy(EMPTY_BRAND_RULES, "meta-ad", "de").polish("Jetzt bestellen!")).toBe("Jetzt bestellen!");
  });

  it("includes a disclaimer only when kind, language, category and pattern hold", () => {
    const brandRules = rules({
      requiredDisclaimers: [
        { channel: "meta-ad", language: "de", text: "Preise inkl. MwSt." },
        { channel: null, language: null, text: "Komfortwerte nach EN 13537.", categories: ["Schlafsäcke"] },
        { channel: null, language: null, text: "Wassersäule nach ISO 811.", pattern: "\\d+ ?mm" },
      ],
    });
    const sleepingBag = createBrandPolicy(brandRules, "meta-ad", "de", { category: "Outdoor > Schlafsäcke", factsText: "Wiegt 900 g." });
    expect(sleepingBag.disclaimers).toEqual(["Preise inkl. MwSt.", "Komfortwerte nach EN 13537."]);
    const jacket = createBrandPolicy(brandRules, "google-rsa", "en", { category: "Jackets", factsText: "Water column 20000 mm." });
    expect(jacket.disclaimers).toEqual(["Wassersäule nach ISO 811."]);
    expect(jacket.disclaimersFor("Light and dry.")).toEqual([]);
    expect(jacket.disclaimersFor("Rated 20000 mm.")).toEqual(["Wassersäule nach ISO 811."]);
  });
});

describe("formatPrice with the brand's price format", () => {
  const price = { amount: 129, currency: "EUR", sourceId: "chk_1" };
  it("writes German 129,00 € and English €129.00 when configured", () => {
    const policy = (language: "de" | "en") =>
      createBrandPolicy(rules({ formatting: { priceFormat: { de: { decimals: "always", symbol: "after", space: true }, en: { decimals: "always", symbol: "before", space: false } } } }), "meta-ad", language);
    expect(formatPrice(price, "de", policy("de").priceFormat)).toBe("129,00\u00a0€");
    expect(formatPrice(price, "en", policy("en").priceFormat)).toBe("€129.00");
    expect(formatPrice({ ...price, amount: 1299.5 }, "de", policy("de").priceFormat)).toBe("1.299,50\u00a0€");
  });
  it("keeps the language's usual form without a configured format", () => {
    expect(formatPrice(price, "de")).toBe("129\u00a0€");
    expect(formatPrice(price, "en")).toBe("€129");
  });
  it("a code without a symbol keeps a space", () => {
    expect(formatPrice({ ...price, currency: "CHF" }, "de", { decimals: "when-needed", symbol: "before", space: false })).toBe("CHF\u00a0129");
  });
});

describe("the local writers follow the richer rules", () => {
  const PRICES: BrandRules["formatting"] = { priceFormat: { de: { decimals: "always", symbol: "after", space: true }, en: { decimals: "always", symbol: "before", space: false } } };
  const withRules = (language: "de" | "en", extra: Partial<BrandRules>) => {
    const brief = briefFor("meta-ad", language);
    return { ...brief, brandRules: { ...brief.brandRules, ...extra } };
  };

  it("writes the price in the brand's format per language, and the validator accepts it", () => {
    for (const [language, expected] of [["de", "349,00\u00a0€"], ["en", "€349.00"]] as const) {
      const brief = withRules(language, { formatting: PRICES });
      const ad = writeMetaAd(inputFor(brief, sourcesFor(language)));
      expect(ad.headline.text, language).toContain(expected);
      const report = validateAsset(ad, contextFor(brief, sourcesFor(language)));
      expect(report.issues.filter((issue) => issue.rule === "brand.price_format" || issue.severity === "error"), language).toEqual([]);
    }
  });

  it("adds a category-conditioned disclaimer for a product in that category only", () => {
    const note = { channel: null, language: null, text: "Hinweis zur Hardshell-Pflege beachten." };
    const inCategory = withRules("de", { requiredDisclaimers: [{ ...note, categories: ["Hardshell"] }] });
    const ad = writeMetaAd(inputFor({ ...inCategory, product: { ...inCategory.product!, category: "Jacken > Hardshell" } }, sourcesFor("de")));
    expect(ad.primaryText.text).toContain(note.text);
    const other = withRules("de", { requiredDisclaimers: [{ ...note, categories: ["Schlafsäcke"] }] });
    expect(writeMetaAd(inputFor({ ...other, product: { ...other.product!, category: "Jacken > Hardshell" } }, sourcesFor("de"))).primaryText.text).not.toContain(note.text);
  });
});
