import { describe, expect, it } from "vitest";
import { duplicateKey } from "@/lib/assets/validate/ad-text-lint";
import { RSA_LIMITS } from "@/lib/assets/validate/google-rsa";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { writeGoogleRsa } from "./google-rsa-writer";
import { briefFor, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("writeGoogleRsa", () => {
  const brief = briefFor("google-rsa", "en");
  const ad = writeGoogleRsa(inputFor(brief, sourcesFor("en")));
  const headlines = ad.headlines.map((headline) => headline.text);

  it("writes 8 to 12 distinct headlines of at most 30 characters, none pinned", () => {
    expect(headlines.length).toBeGreaterThanOrEqual(8);
    expect(headlines.length).toBeLessThanOrEqual(12);
    expect(new Set(headlines.map(duplicateKey)).size).toBe(headlines.length);
    for (const text of headlines) expect(visibleLength(text)).toBeLessThanOrEqual(RSA_LIMITS.headlines.maxLength);
    expect(ad.headlines.every((headline) => headline.pin === null)).toBe(true);
  });

  it("varies headlines: brand, feature, benefit, question and offer", () => {
    expect(headlines).toContain("Fjell 3L Hardshell Jacket");
    expect(headlines).toContain("Hardshell by Nordlicht");
    expect(headlines).toContain("Weight 420 g");
    expect(headlines).toContain("At 420 g it packs small");
    expect(headlines).toContain("Looking for a hardshell?");
    expect(headlines).toContain("Fjell 3L Hardshell from €349");
    expect(headlines.join(" ")).not.toContain("!");
  });

  it("writes 2 to 4 descriptions of at most 90 characters, one carrying the disclaimer", () => {
    expect(ad.descriptions.length).toBeGreaterThanOrEqual(2);
    expect(ad.descriptions.length).toBeLessThanOrEqual(4);
    for (const description of ad.descriptions) expect(visibleLength(description.text)).toBeLessThanOrEqual(RSA_LIMITS.descriptions.maxLength);
    expect(ad.descriptions.map((description) => description.text)).toEqual([
      "The Fjell is a weatherproof three-layer hardshell for alpine tours in wind and rain.",
      "Fjell 3L Hardshell Jacket: material recycled nylon, weight 420 g, water column 20,000 mm.",
      "Fjell 3L Hardshell Jacket from €349. Discover it at Nordlicht. While stocks last.",
    ]);
  });

  it("takes display paths from the category and product name, and URL and UTM from the brief", () => {
    expect(ad.path1).toBe("Hardshell");
    expect(ad.path2).toBe("Fjell-3L");
    expect(ad.finalUrl).toBe(brief.finalUrl);
    expect(ad.utm).toEqual(brief.utm);
  });

  it("turns a source's exclamation into a full stop and drops shouting", () => {
    const loud = sourcesFor("en").map((source) =>
      source.id === "chk_product_en" ? { ...source, text: `${source.text} It is the BEST jacket ever!! Stay dry on every summit!` } : source,
    );
    const texts = writeGoogleRsa(inputFor(brief, loud)).descriptions.map((description) => description.text).join(" ");
    expect(texts).not.toMatch(/!|BEST/);
  });

  it("writes German offers and questions for a German brief", () => {
    const german = writeGoogleRsa(inputFor(briefFor("google-rsa", "de"), sourcesFor("de"))).headlines.map((headline) => headline.text);
    expect(german).toContain("Hardshell gesucht?");
    expect(german).toContain("Warum Nordlicht?");
    expect(german).toContain("Hardshell ab 349\u00a0€");
  });
});
