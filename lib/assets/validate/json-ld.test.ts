import { describe, expect, it } from "vitest";
import { checkJsonLd } from "./json-ld";

const CONTEXT = "https://schema.org";
const check = (...nodes: unknown[]) => checkJsonLd(JSON.stringify(nodes));
const rules = (...nodes: unknown[]) => check(...nodes).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

const product = (offers: unknown) => ({ "@context": CONTEXT, "@type": "Product", name: "Fjell Regenjacke", offers });

describe("checkJsonLd: envelope", () => {
  it("accepts an empty array and an empty string", () => {
    expect(checkJsonLd("[]")).toEqual([]);
    expect(checkJsonLd("")).toEqual([]);
  });
  it("rejects invalid JSON", () => {
    expect(checkJsonLd("[{").map((issue) => issue.rule)).toEqual(["jsonld.invalid_json"]);
  });
  it("accepts http and https schema.org contexts", () => {
    expect(rules({ ...product({ price: 10, priceCurrency: "EUR" }), "@context": "http://schema.org/" })).toEqual([]);
  });
  it("rejects a missing or foreign @context", () => {
    expect(rules({ ...product({ price: 10, priceCurrency: "EUR" }), "@context": "https://example.org" })).toEqual([
      "error:jsonld.context.invalid@jsonLd[0].@context",
    ]);
  });
  it("requires @type", () => {
    expect(rules({ "@context": CONTEXT, name: "Fjell" })).toEqual(["error:jsonld.type.missing@jsonLd[0].@type"]);
  });
  it("warns about types it does not check", () => {
    expect(rules({ "@context": CONTEXT, "@type": "Recipe" })).toEqual(["warning:jsonld.type.unknown@jsonLd[0].@type"]);
  });
  it("does not mistake Object.prototype members for checked types", () => {
    expect(rules({ "@context": CONTEXT, "@type": "constructor" })).toEqual(["warning:jsonld.type.unknown@jsonLd[0].@type"]);
  });
  it("checks nodes inside @graph with the container's context", () => {
    const graph = { "@context": CONTEXT, "@graph": [{ "@type": "Product", name: "Fjell", offers: { price: 0, priceCurrency: "EUR" } }] };
    expect(rules(graph)).toEqual(["error:jsonld.product.offer_price_invalid@jsonLd[0].@graph[0].offers.price"]);
  });
});

describe("checkJsonLd: Product", () => {
  it("passes with a positive price and an ISO currency", () => {
    expect(rules(product({ "@type": "Offer", price: 1299.0, priceCurrency: "EUR" }))).toEqual([]);
    expect(rules(product({ "@type": "Offer", price: "1299.00", priceCurrency: "EUR" }))).toEqual([]);
  });
  it("fails with price 0", () => {
    expect(rules(product({ price: 0, priceCurrency: "EUR" }))).toEqual(["error:jsonld.product.offer_price_invalid@jsonLd[0].offers.price"]);
  });
  it("fails with a German-formatted price string", () => {
    const [issue] = check(product({ price: "1.299,00", priceCurrency: "EUR" }));
    expect(issue?.message).toContain('"1.299,00"');
  });
  it("fails without a currency or with a symbol instead of the ISO code", () => {
    expect(rules(product({ price: 10 }))).toEqual(["error:jsonld.product.offer_currency_invalid@jsonLd[0].offers.priceCurrency"]);
    expect(rules(product({ price: 10, priceCurrency: "€" }))).toEqual(["error:jsonld.product.offer_currency_invalid@jsonLd[0].offers.priceCurrency"]);
  });
  it("reads price and currency from priceSpecification", () => {
    expect(rules(product({ "@type": "Offer", priceSpecification: { price: 49.9, priceCurrency: "EUR" } }))).toEqual([]);
  });
  it("checks lowPrice on an AggregateOffer and each offer of an array", () => {
    expect(rules(product([{ price: 10, priceCurrency: "EUR" }, { "@type": "AggregateOffer", lowPrice: 0, priceCurrency: "EUR" }]))).toEqual([
      "error:jsonld.product.offer_price_invalid@jsonLd[0].offers[1].lowPrice",
    ]);
  });
  it("requires a name and one of offers, review or aggregateRating", () => {
    expect(rules({ "@context": CONTEXT, "@type": "Product" })).toEqual([
      "error:jsonld.product.name_missing@jsonLd[0].name",
      "error:jsonld.product.offer_review_or_rating_missing@jsonLd[0]",
    ]);
  });
  it("accepts a complete aggregateRating instead of offers and rejects an incomplete one", () => {
    const rated = (aggregateRating: unknown) => ({ "@context": CONTEXT, "@type": "Product", name: "Fjell", aggregateRating });
    expect(rules(rated({ ratingValue: 4.6, reviewCount: 89 }))).toEqual([]);
    expect(rules(rated({ ratingValue: 4.6 }))).toEqual(["error:jsonld.product.rating_incomplete@jsonLd[0].aggregateRating"]);
  });
});

describe("checkJsonLd: BreadcrumbList", () => {
  const crumbs = (...items: unknown[]) => ({ "@context": CONTEXT, "@type": "BreadcrumbList", itemListElement: items });
  const crumb = (position: unknown, name = "Jacken", item: unknown = "https://shop.example/jacken") => ({ "@type": "ListItem", position, name, item });

  it("accepts positions 1, 2, 3 with the last item lacking a URL", () => {
    expect(rules(crumbs(crumb(1), crumb(2), { "@type": "ListItem", position: 3, name: "Fjell" }))).toEqual([]);
  });
  it("requires the first position to be 1", () => {
    expect(rules(crumbs(crumb(0), crumb(1)))).toEqual(["error:jsonld.breadcrumb.position_invalid@jsonLd[0].itemListElement[0].position"]);
    expect(rules(crumbs(crumb(2), crumb(3)))).toEqual(["error:jsonld.breadcrumb.position_start@jsonLd[0].itemListElement[0].position"]);
  });
  it("requires increasing integer positions", () => {
    expect(rules(crumbs(crumb(1), crumb(3), crumb(2)))).toEqual(["error:jsonld.breadcrumb.position_order@jsonLd[0].itemListElement[2].position"]);
    expect(rules(crumbs(crumb(1), crumb(1.5)))).toEqual(["error:jsonld.breadcrumb.position_invalid@jsonLd[0].itemListElement[1].position"]);
    expect(rules(crumbs(crumb(1), crumb("2")))).toEqual(["error:jsonld.breadcrumb.position_invalid@jsonLd[0].itemListElement[1].position"]);
  });
  it("requires a name and, except for the last item, an item URL", () => {
    expect(rules(crumbs(crumb(1, ""), { position: 2, name: "Jacken" }, crumb(3)))).toEqual([
      "error:jsonld.breadcrumb.name_missing@jsonLd[0].itemListElement[0].name",
      "error:jsonld.breadcrumb.item_missing@jsonLd[0].itemListElement[1].item",
    ]);
  });
  it("accepts the item as an object with @id", () => {
    expect(rules(crumbs(crumb(1, "Shop", { "@id": "https://shop.example/" }), crumb(2)))).toEqual([]);
  });
  it("warns about a single-item trail and errors on an empty one", () => {
    expect(rules(crumbs(crumb(1)))).toEqual(["warning:jsonld.breadcrumb.too_short@jsonLd[0].itemListElement"]);
    expect(rules(crumbs())).toEqual(["error:jsonld.breadcrumb.items_missing@jsonLd[0].itemListElement"]);
  });
});

describe("checkJsonLd: Article", () => {
  const article = { "@context": CONTEXT, "@type": "Article", headline: "So pflegen Sie Ihre Regenjacke", image: "https://shop.example/a.jpg", datePublished: "2026-03-01", author: { "@type": "Person", name: "Anna Berg" } };
  it("passes with headline, image, datePublished and author", () => {
    expect(rules(article)).toEqual([]);
  });
  it("errors without a headline", () => {
    expect(rules({ ...article, headline: "" })).toEqual(["error:jsonld.article.headline_missing@jsonLd[0].headline"]);
  });
  it("warns for each missing recommended property", () => {
    expect(rules({ "@context": CONTEXT, "@type": "BlogPosting", headline: "Pflege" })).toEqual([
      "warning:jsonld.article.image_missing@jsonLd[0].image",
      "warning:jsonld.article.date_published_missing@jsonLd[0].datePublished",
      "warning:jsonld.article.author_missing@jsonLd[0].author",
    ]);
  });
  it("warns about an unparseable date and a nameless author", () => {
    expect(rules({ ...article, datePublished: "gestern", author: { "@type": "Person" } })).toEqual([
      "warning:jsonld.article.date_published_invalid@jsonLd[0].datePublished",
      "warning:jsonld.article.author_name_missing@jsonLd[0].author",
    ]);
  });
});

describe("checkJsonLd: Organization", () => {
  it("passes with a name and a logo URL or ImageObject", () => {
    expect(rules({ "@context": CONTEXT, "@type": "Organization", name: "Fjell", logo: "https://shop.example/logo.png" })).toEqual([]);
    expect(rules({ "@context": CONTEXT, "@type": "Organization", url: "https://shop.example", logo: { "@type": "ImageObject", url: "https://shop.example/logo.png" } })).toEqual([]);
  });
  it("warns without name and url, and about a relative logo", () => {
    expect(rules({ "@context": CONTEXT, "@type": "Organization", logo: "/logo.png" })).toEqual([
      "warning:jsonld.organization.name_or_url_missing@jsonLd[0]",
      "warning:jsonld.organization.logo_invalid@jsonLd[0].logo",
    ]);
  });
});

describe("checkJsonLd: FAQPage", () => {
  const faq = (mainEntity: unknown) => ({ "@context": CONTEXT, "@type": "FAQPage", mainEntity });
  const question = (name: string, text: string) => ({ "@type": "Question", name, acceptedAnswer: { "@type": "Answer", text } });

  it("passes valid questions with only the retirement note", () => {
    const issues = check(faq([question("Ist sie wasserdicht?", "Ja.")]));
    expect(issues).toEqual([expect.objectContaining({ rule: "jsonld.faqpage.rich_results_retired", severity: "warning" })]);
    expect(issues[0]?.message).toContain("May 2026");
  });
  it("requires the question name and the accepted answer text", () => {
    expect(rules(faq([question("", "Ja."), question("Gewicht?", "")])).filter((rule) => rule.startsWith("error"))).toEqual([
      "error:jsonld.faqpage.question_name_missing@jsonLd[0].mainEntity[0].name",
      "error:jsonld.faqpage.answer_text_missing@jsonLd[0].mainEntity[1].acceptedAnswer",
    ]);
  });
  it("requires Question entities", () => {
    expect(rules(faq([{ "@type": "Answer", text: "Ja." }])).filter((rule) => rule.startsWith("error"))).toEqual([
      "error:jsonld.faqpage.question_invalid@jsonLd[0].mainEntity[0]",
    ]);
    expect(rules(faq([])).filter((rule) => rule.startsWith("error"))).toEqual(["error:jsonld.faqpage.questions_missing@jsonLd[0].mainEntity"]);
  });
});
