import { describe, expect, it } from "vitest";
import { passingMetaAd, passingSeoPage, withMetaText } from "@/lib/testing/brand-kit-fixtures";
import type { CheckContext } from "./types";
import { feedProductIdCheck, internalLinksCheck, jsonLdCheck, lengthsCheck } from "./platform-checks";

function withJsonLd(context: CheckContext, jsonLd: string): CheckContext {
  if (context.output.content.kind !== "seo-page") throw new Error("Not an SEO page");
  return { ...context, output: { ...context.output, content: { ...context.output.content, jsonLd } } };
}

describe("platform lengths", () => {
  it("flags a Meta headline over 40 characters", () => {
    const problems = lengthsCheck.run(withMetaText(passingMetaAd(), "headline", "Leuchtfeuer 70 Frontlicht für jeden Arbeitsweg im Winter"));
    expect(problems).toEqual([expect.stringContaining("at most 40")]);
  });

  it("flags an SEO title over 60 characters", () => {
    const context = passingSeoPage();
    if (context.output.content.kind !== "seo-page") throw new Error("Not an SEO page");
    const content = { ...context.output.content, title: { text: "Leuchtfeuer 70 Frontlicht für Ihr Pedelec auf jedem Arbeitsweg im Winter", citations: [] } };
    expect(lengthsCheck.run({ ...context, output: { ...context.output, content } })).toEqual([expect.stringContaining("at most 60")]);
  });
});

/** The Leuchtfeuer 70 as product feed copy, with a given id and highlights. */
function feedCopy(productId: string, highlights: string[]): CheckContext {
  const context = passingMetaAd();
  const cite = (text: string) => ({ text, citations: ["chk_light"] });
  const content = { kind: "merchant-feed" as const, language: "de" as const, productId, title: cite("Leuchtfeuer 70 Frontlicht"), description: cite("Frontlicht mit 70 Lux."), highlights: highlights.map(cite) };
  return { ...context, output: { ...context.output, content } };
}

describe("product feed copy", () => {
  it("flags a single highlight and one over 150 characters, and passes none", () => {
    expect(lengthsCheck.run(feedCopy("SW-L01", ["70 Lux"]))).toEqual([expect.stringContaining("1 highlights, needs 2 to 10")]);
    expect(lengthsCheck.run(feedCopy("SW-L01", ["70 Lux", "x".repeat(151)]))).toEqual([expect.stringContaining("at most 150")]);
    expect(lengthsCheck.run(feedCopy("SW-L01", []))).toEqual([]);
  });

  it("flags a row keyed by another product's id", () => {
    expect(feedProductIdCheck.appliesTo?.(passingMetaAd())).toBe(false);
    expect(feedProductIdCheck.run(feedCopy("SW-L01", []))).toEqual([]);
    expect(feedProductIdCheck.run(feedCopy("SW-L02", []))).toEqual(["productId “SW-L02” is not the feed id “SW-L01”"]);
  });
});

describe("JSON-LD", () => {
  it("flags JSON that does not parse", () => {
    expect(jsonLdCheck.run(withJsonLd(passingSeoPage(), "[{"))).toEqual([expect.stringContaining("not valid JSON")]);
  });

  it("flags a node without @context and a product price that is not the feed's", () => {
    const nodes = [{ "@type": "Product", name: "Leuchtfeuer 70 Frontlicht", offers: { price: "39.90", priceCurrency: "EUR" } }];
    const problems = jsonLdCheck.run(withJsonLd(passingSeoPage(), JSON.stringify(nodes)));
    expect(problems).toEqual([expect.stringContaining("@context"), expect.stringContaining("not the feed price 49.90")]);
  });

  it("flags a breadcrumb to an unknown page and a missing Product node", () => {
    const nodes = [{ "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: [{ "@type": "ListItem", position: 1, item: "https://spurwerk.example/de/p/nabendynamo-set" }] }];
    const problems = jsonLdCheck.run(withJsonLd(passingSeoPage(), JSON.stringify(nodes)));
    expect(problems).toEqual([expect.stringContaining("does not point to a known page"), expect.stringContaining("no Product node")]);
  });
});

describe("internal links", () => {
  it("flags a link to the product whose feed row was rejected", () => {
    const context = passingSeoPage();
    if (context.output.content.kind !== "seo-page") throw new Error("Not an SEO page");
    const content = { ...context.output.content, internalLinks: [{ url: "https://spurwerk.example/de/p/nabendynamo-set", anchorText: "Nabendynamo", citations: [] }] };
    expect(internalLinksCheck.run({ ...context, output: { ...context.output, content } })).toEqual([expect.stringContaining("nabendynamo-set")]);
  });
});

describe("blog article", () => {
  function withArticle(overrides: Record<string, unknown> = {}): CheckContext {
    const context = passingSeoPage();
    const headline = "Leuchtfeuer 70 Frontlicht im Alltag";
    const content = {
      kind: "article" as const,
      language: "de" as const,
      title: { text: "Leuchtfeuer 70 Frontlicht für Ihr Pedelec", citations: ["chk_light"] },
      metaDescription: { text: "Das Leuchtfeuer 70 Frontlicht leuchtet mit 70 Lux und wird an den Pedelec-Akku angeschlossen. Lux-Werte gemessen in 10 m Abstand.", citations: ["chk_light"] },
      slug: "leuchtfeuer-70-alltag",
      canonicalUrl: "https://spurwerk.example/blog/leuchtfeuer-70-alltag",
      h1: { text: headline, citations: ["chk_light"] },
      outline: ["Licht für den Arbeitsweg"],
      lead: { text: "Das Frontlicht wird an den Pedelec-Akku angeschlossen.", citations: ["chk_light"] },
      sections: [{ heading: { text: "Licht für den Arbeitsweg", citations: ["chk_light"] }, paragraphs: [{ transition: false, text: "Es leuchtet mit 70 Lux. Lux-Werte gemessen in 10 m Abstand.", citations: ["chk_light"] }] }],
      internalLinks: [{ url: "https://spurwerk.example/de/service", anchorText: "Versand und Rückgabe", citations: [] }],
      jsonLd: JSON.stringify([{ "@context": "https://schema.org", "@type": "BlogPosting", headline, inLanguage: "de" }]),
      ...overrides,
    };
    return { ...context, product: null, output: { ...context.output, content } };
  }

  it("passes a well-formed article", () => {
    const context = withArticle();
    expect([lengthsCheck, jsonLdCheck, internalLinksCheck].flatMap((check) => check.run(context))).toEqual([]);
  });

  it("flags more than 2,000 words", () => {
    const long = { transition: false, text: Array.from({ length: 2_001 }, () => "Licht").join(" "), citations: ["chk_light"] };
    const sections = [{ heading: { text: "Licht", citations: ["chk_light"] }, paragraphs: [long] }];
    expect(lengthsCheck.run(withArticle({ sections }))).toEqual([expect.stringContaining("at most 2000")]);
  });

  it("flags a BlogPosting without the H1 as headline, in another language, or with an invented date", () => {
    const jsonLd = JSON.stringify([{ "@context": "https://schema.org", "@type": "BlogPosting", headline: "Anders", inLanguage: "en", datePublished: "2026-11-01" }]);
    expect(jsonLdCheck.run(withArticle({ jsonLd }))).toEqual([expect.stringContaining("is not the H1"), expect.stringContaining("inLanguage"), expect.stringContaining("datePublished")]);
    expect(jsonLdCheck.run(withArticle({ jsonLd: "[]" }))).toEqual(["jsonLd has no node"]);
  });

  it("flags an internal link to an unknown page", () => {
    const internalLinks = [{ url: "https://spurwerk.example/de/p/nabendynamo-set", anchorText: "Nabendynamo", citations: [] }];
    expect(internalLinksCheck.run(withArticle({ internalLinks }))).toEqual([expect.stringContaining("nabendynamo-set")]);
  });
});
