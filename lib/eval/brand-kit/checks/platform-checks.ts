import type { Check } from "./types";
import { quote } from "./text";

/*
 * Platform limits as the ad platforms and search results apply them (the evaluation's own numbers,
 * not the validator's): Google RSA 30/90 characters, Meta headline 40 and description 30, LinkedIn
 * intro 150 before truncation and headline 70, SEO title up to 60 and meta description up to 160.
 * Meta's primary text may run past 125 characters ("See more"); 300 leaves room for disclaimers.
 * Google Merchant: title up to 150, description up to 5,000, highlights 2 to 10 of up to 150 each.
 */
type Limit = { path: string; text: string; min: number; max: number };

function lengthProblems(limits: Limit[]): string[] {
  return limits.flatMap(({ path, text, min, max }) => {
    const length = [...text.trim()].length;
    if (length < min) return [`${path} has ${length} characters, needs at least ${min}: ${quote(text)}`];
    if (length > max) return [`${path} has ${length} characters, at most ${max}: ${quote(text)}`];
    return [];
  });
}

function countProblem(what: string, count: number, min: number, max: number): string[] {
  return count < min || count > max ? [`${count} ${what}, needs ${min} to ${max}`] : [];
}

export const lengthsCheck: Check = {
  id: "platform-lengths",
  run: ({ output: { content: asset } }) => {
    switch (asset.kind) {
      case "google-rsa":
        return [
          ...countProblem("headlines", asset.headlines.length, 3, 15),
          ...countProblem("descriptions", asset.descriptions.length, 2, 4),
          ...lengthProblems([
            ...asset.headlines.map((h, i) => ({ path: `headlines[${i}]`, text: h.text, min: 1, max: 30 })),
            ...asset.descriptions.map((d, i) => ({ path: `descriptions[${i}]`, text: d.text, min: 1, max: 90 })),
            ...[asset.path1, asset.path2].flatMap((p, i) => (p === null ? [] : [{ path: `path${i + 1}`, text: p, min: 1, max: 15 }])),
          ]),
        ];
      case "meta-ad":
        return lengthProblems([
          { path: "primaryText", text: asset.primaryText.text, min: 1, max: 300 },
          { path: "headline", text: asset.headline.text, min: 1, max: 40 },
          { path: "description", text: asset.description.text, min: 1, max: 30 },
        ]);
      case "linkedin-ad":
        return lengthProblems([
          { path: "intro", text: asset.intro.text, min: 1, max: 150 },
          { path: "headline", text: asset.headline.text, min: 1, max: 70 },
        ]);
      case "merchant-feed":
        return [
          ...(asset.highlights.length > 0 ? countProblem("highlights", asset.highlights.length, 2, 10) : []),
          ...lengthProblems([
            { path: "title", text: asset.title.text, min: 1, max: 150 },
            { path: "description", text: asset.description.text, min: 1, max: 5000 },
            ...asset.highlights.map((h, i) => ({ path: `highlights[${i}]`, text: h.text, min: 1, max: 150 })),
          ]),
        ];
      case "seo-page":
        return [
          ...countProblem("outline sections", asset.outline.length, 2, 12),
          ...lengthProblems([
            { path: "title", text: asset.title.text, min: 20, max: 60 },
            { path: "metaDescription", text: asset.metaDescription.text, min: 70, max: 160 },
            { path: "h1", text: asset.h1.text, min: 1, max: 80 },
            ...asset.faq.map((f, i) => ({ path: `faq[${i}].answer`, text: f.answer.text, min: 1, max: 600 })),
          ]),
        ];
    }
  },
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  return asList(node["@type"]).includes(type);
}

export const jsonLdCheck: Check = {
  id: "json-ld",
  appliesTo: ({ output }) => output.content.kind === "seo-page",
  run: ({ output, product, kit }) => {
    if (output.content.kind !== "seo-page") return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(output.content.jsonLd);
    } catch (error) {
      return [`jsonLd is not valid JSON (${error instanceof Error ? error.message : String(error)})`];
    }
    const nodes = asList(parsed);
    if (nodes.length === 0) return ["jsonLd has no node"];
    const problems: string[] = [];
    nodes.forEach((node, i) => {
      if (!isObject(node)) return problems.push(`jsonLd node ${i + 1} is not an object`);
      if (typeof node["@context"] !== "string" || !/^https?:\/\/schema\.org\/?$/.test(node["@context"])) problems.push(`jsonLd node ${i + 1} lacks "@context": "https://schema.org"`);
      if (asList(node["@type"]).length === 0) problems.push(`jsonLd node ${i + 1} has no "@type"`);
      if (hasType(node, "BreadcrumbList")) {
        for (const item of asList(node.itemListElement)) {
          const target = isObject(item) ? (isObject(item.item) ? item.item["@id"] : item.item) : undefined;
          if (typeof target !== "string" || !kit.knownUrls.has(target)) problems.push(`breadcrumb item ${quote(JSON.stringify(item))} does not point to a known page`);
        }
      }
      return undefined;
    });
    if (product) {
      const productNode = nodes.find((n): n is Record<string, unknown> => isObject(n) && hasType(n, "Product"));
      if (!productNode) problems.push(`jsonLd has no Product node for ${product.title}`);
      else {
        if (productNode.name !== product.title) problems.push(`Product name ${quote(String(productNode.name))} is not the feed's ${quote(product.title)}`);
        const offers = asList(productNode.offers).filter(isObject);
        if (offers.length === 0) problems.push("Product has no offers");
        for (const offer of offers) {
          if (Number(offer.price) !== product.price) problems.push(`offer price ${quote(String(offer.price))} is not the feed price ${product.price.toFixed(2)}`);
          if (offer.priceCurrency !== "EUR") problems.push(`offer priceCurrency ${quote(String(offer.priceCurrency))} is not EUR`);
        }
      }
    }
    return problems;
  },
};

/** Product feed copy is a supplemental feed row: keyed by any other id, it would rewrite another product. */
export const feedProductIdCheck: Check = {
  id: "feed-product-id",
  appliesTo: ({ output }) => output.content.kind === "merchant-feed",
  run: ({ output, product }) => {
    if (output.content.kind !== "merchant-feed") return [];
    if (!product) return ["product feed copy without a product"];
    return output.content.productId === product.id ? [] : [`productId ${quote(output.content.productId)} is not the feed id ${quote(product.id)}`];
  },
};

export const internalLinksCheck: Check = {
  id: "internal-links",
  appliesTo: ({ output }) => output.content.kind === "seo-page",
  run: ({ output, kit }) =>
    output.content.kind !== "seo-page"
      ? []
      : output.content.internalLinks.filter((l) => !kit.knownUrls.has(l.url)).map((l) => `internal link to an unknown or rejected page: ${l.url}`),
};
