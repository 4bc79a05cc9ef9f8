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
