import { describe, expect, it } from "vitest";
import { parseJsonLd } from "@/lib/assets/schemas/json-ld";
import { SEO_LIMITS } from "@/lib/assets/validate/seo-page";
import { visibleLength } from "@/lib/assets/validate/visible-length";
import { writeSeoPage } from "./seo-page-writer";
import { briefFor, careChunk, aboutChunk, inputFor, sourcesFor } from "@/lib/testing/assets/writer-fixtures";

describe("writeSeoPage", () => {
  const brief = briefFor("seo-page", "en");
  const sources = sourcesFor("en");
  const page = writeSeoPage(inputFor(brief, sources));

  it("keeps title and meta description in the ranges Google shows best", () => {
    expect(visibleLength(page.title.text)).toBeGreaterThanOrEqual(SEO_LIMITS.title.min);
    expect(visibleLength(page.title.text)).toBeLessThanOrEqual(SEO_LIMITS.title.max);
    expect(visibleLength(page.metaDescription.text)).toBeGreaterThanOrEqual(SEO_LIMITS.metaDescription.min);
    expect(visibleLength(page.metaDescription.text)).toBeLessThanOrEqual(SEO_LIMITS.metaDescription.max);
    expect(page.title.text).toBe("Fjell 3L Hardshell Jacket | Nordlicht");
    expect(page.h1.text).toBe("Fjell 3L Hardshell Jacket");
  });

  it("targets the brief's keywords and slugs the product name", () => {
    expect(page.targetKeywords).toEqual(["hardshell jacket", "recycled rain jacket"]);
    expect(page.slug).toBe("fjell-3l-hardshell-jacket");
  });

  it("outlines product, features, source topics and FAQ as H2 sections", () => {
    expect(page.outline.map((section) => section.heading.text)).toEqual([
      "Fjell 3L Hardshell Jacket at a glance",
      "Materials and features",
      "About Nordlicht",
      "Care guide",
      "Frequently asked questions",
    ]);
    expect(page.outline.every((section) => section.level === 2)).toBe(true);
    // One sentence over the attributes, never "Material: recycled nylon." label lines.
    expect(page.outline[1]!.brief.text).toBe("Fjell 3L Hardshell Jacket in detail: material recycled nylon, weight 420 g, water column 20,000 mm, price €349.");
  });

  it("answers FAQs with source sentences: the source's own questions first, then questions over facts", () => {
    expect(page.faq[0]).toEqual({
      question: "How do I wash my hardshell?",
      answer: { text: "Wash it at 30 °C with a technical detergent and close all zips first. Tumble dry on low heat to reactivate the water-repellent finish.", citations: ["chk_care_en"] },
    });
    expect(page.faq.map((entry) => entry.question)).toContain("How much does the Fjell 3L Hardshell Jacket weigh?");
    const weight = page.faq.find((entry) => entry.question.endsWith("weigh?"))!;
    expect(weight.answer.text).toBe("At 420 g it packs small into any daypack.");
  });

  it("links only to known pages other than itself, anchored by their titles", () => {
    const known = new Set(brief.knownUrls.map((entry) => entry.url));
    expect(page.internalLinks.length).toBeGreaterThan(0);
    for (const link of page.internalLinks) {
      expect(known.has(link.url)).toBe(true);
      expect(link.url).not.toBe(brief.finalUrl);
    }
    // Pages whose content was retrieved for the brief come first and cite it.
    expect(page.internalLinks[0]).toEqual({ url: "https://nordlicht.example/care", anchorText: "Care guide for hardshell jackets", citations: ["chk_care_en"] });
  });

  it("gives one absolute hreflang alternate per workspace language", () => {
    expect(page.hreflang).toEqual([
      { language: "de", url: "https://nordlicht.example/p/fjell-3l?lang=de" },
      { language: "en", url: "https://nordlicht.example/p/fjell-3l?lang=en" },
    ]);
  });

  it("marks the product up with its source price and a breadcrumb from its category", () => {
    const parsed = parseJsonLd(page.jsonLd);
    expect(parsed.ok).toBe(true);
    const nodes = parsed.ok ? parsed.nodes : [];
    expect(nodes.map((node) => node["@type"])).toEqual(["Product", "BreadcrumbList"]);
    expect(nodes[0]).toMatchObject({
      name: "Fjell 3L Hardshell Jacket",
      url: "https://nordlicht.example/p/fjell-3l",
      brand: { "@type": "Organization", name: "Nordlicht" },
      offers: { "@type": "Offer", price: "349.00", priceCurrency: "EUR" },
    });
    // "Jackets" has a known page; "Hardshell" has none and is left out rather than guessed.
    expect(nodes[1]!.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "Home", item: "https://nordlicht.example/" },
      { "@type": "ListItem", position: 2, name: "Jackets", item: "https://nordlicht.example/c/jackets" },
      { "@type": "ListItem", position: 3, name: "Fjell 3L Hardshell Jacket", item: "https://nordlicht.example/p/fjell-3l" },
    ]);
  });

  it("marks a page without a source price up as the organization, not as a product without an offer", () => {
    const noPrice = sources.map((source) => (source.id === "chk_product_en" ? { ...source, text: source.text.replace("Price: 349.00 EUR\n", "") } : source));
    const parsed = parseJsonLd(writeSeoPage(inputFor(brief, noPrice)).jsonLd);
    expect(parsed.ok && parsed.nodes.map((node) => node["@type"])).toEqual(["Organization", "BreadcrumbList"]);
  });

  it("writes a topic page from prose, with organization markup", () => {
    const topicBrief = briefFor("seo-page", "en", { product: null, topic: "Caring for your hardshell jacket", keywords: [], finalUrl: "https://nordlicht.example/care" });
    const topicPage = writeSeoPage(inputFor(topicBrief, [careChunk("en"), aboutChunk("en")]));
    expect(topicPage.h1.text).toBe("Caring for your hardshell jacket");
    expect(topicPage.targetKeywords).toEqual(["caring for your hardshell jacket", "nordlicht"]);
    expect(topicPage.slug).toBe("caring-for-your-hardshell-jacket");
    expect(topicPage.outline[0]!.heading.text).toBe("Care guide");
    expect(JSON.parse(topicPage.jsonLd)).toEqual([{ "@context": "https://schema.org", "@type": "Organization", name: "Nordlicht", url: "https://nordlicht.example/" }]);
  });

  it("writes German headings and questions for a German brief", () => {
    const german = writeSeoPage(inputFor(briefFor("seo-page", "de"), sourcesFor("de")));
    expect(german.outline.map((section) => section.heading.text)).toEqual(["Fjell 3L Hardshelljacke im Überblick", "Material und Ausstattung", "Über Nordlicht", "Pflegehinweise", "Häufige Fragen"]);
    expect(german.faq.map((entry) => entry.question)).toContain("Was kostet Fjell 3L Hardshelljacke?");
    expect(german.faq.find((entry) => entry.question.startsWith("Was kostet"))!.answer.text).toBe("Fjell 3L Hardshelljacke kostet 349\u00a0€.");
  });
});
