import type { Check } from "./types";
import { quote } from "./text";

/** Whitespace-separated runs with a letter or digit: how an editor counts words. */
function wordCount(text: string): number {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/*
 * Platform limits as the ad platforms and search results apply them (the evaluation's own numbers,
 * not the validator's): Google RSA 30/90 characters, Meta headline 40 and description 30, LinkedIn
 * intro 150 before truncation and headline 70, SEO title up to 60 and meta description up to 160.
 * Meta's primary text may run past 125 characters ("See more"); 300 leaves room for disclaimers.
 * E-mail: subject 50 (inboxes cut it), preheader 100, button 30, 1 to 6 sections, a footer that can unsubscribe.
 * A blog article has the SEO page's snippet limits and at most 2,000 words of lead and paragraphs
 * (fewer than 800 is allowed: the local writer does not pad what the sources do not say).
 * Organic posts are counted as posted (text, link and hashtags): LinkedIn 3,000, Instagram 2,200
 * with at most 30 hashtags, X 280 with every link as 23 and wide characters as 2.
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

// X's weighting, restated: code points in these ranges count 1, all others (CJK, emoji) 2.
const X_LIGHT_RANGES: readonly [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];

function xLength(text: string): number {
  const withoutUrls = text.replace(/https?:\/\/\S+/g, "x".repeat(23));
  let length = 0;
  for (const char of withoutUrls) {
    const code = char.codePointAt(0) ?? 0;
    length += X_LIGHT_RANGES.some(([from, to]) => code >= from && code <= to) ? 1 : 2;
  }
  return length;
}

function postProblem(what: string, length: number, max: number): string[] {
  return length > max ? [`${what} has ${length} characters with link and hashtags, at most ${max}`] : [];
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
      case "email":
        return [
          ...countProblem("sections", asset.sections.length, 1, 6),
          ...lengthProblems([
            { path: "subject", text: asset.subject.text, min: 1, max: 50 },
            { path: "preheader", text: asset.preheader.text, min: 1, max: 100 },
            { path: "callToAction", text: asset.callToAction, min: 1, max: 30 },
            ...asset.sections.map((s, i) => ({ path: `sections[${i}].body`, text: s.body.text, min: 1, max: 1_200 })),
          ]),
          ...(/\{\{\s*unsubscribe_url\s*\}\}|unsubscribe|abmelden/i.test(asset.footer) ? [] : ["footer has no unsubscribe link"]),
        ];
      case "linkedin-post":
      case "instagram-post":
      case "x-post": {
        const link = "link" in asset ? `${asset.link.finalUrl}?utm_source=${asset.link.utm.source}` : "";
        const posted = [asset.text.text, link, asset.hashtags.map((tag) => `#${tag}`).join(" ")].filter((part) => part !== "").join("\n\n");
        const problems = lengthProblems([{ path: "text", text: asset.text.text, min: 1, max: asset.kind === "x-post" ? 280 : 3_000 }]);
        if (asset.kind === "linkedin-post") return [...problems, ...postProblem("the post", [...posted].length, 3_000)];
        if (asset.kind === "instagram-post") return [...problems, ...postProblem("the caption", [...posted].length, 2_200), ...countProblem("hashtags", asset.hashtags.length, 0, 30)];
        return [...problems, ...postProblem("the post", xLength(posted), 280)];
      }
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
      case "article": {
        const words = wordCount([asset.lead.text, ...asset.sections.flatMap((s) => s.paragraphs.map((p) => p.text))].join(" "));
        return [
          ...countProblem("sections", asset.sections.length, 1, 10),
          ...(words > 2_000 ? [`the article has ${words} words, at most 2000`] : []),
          ...lengthProblems([
            { path: "title", text: asset.title.text, min: 20, max: 60 },
            { path: "metaDescription", text: asset.metaDescription.text, min: 70, max: 160 },
            { path: "h1", text: asset.h1.text, min: 1, max: 80 },
            { path: "lead", text: asset.lead.text, min: 1, max: 600 },
          ]),
        ];
      }
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
  appliesTo: ({ output }) => output.content.kind === "seo-page" || output.content.kind === "article",
  run: ({ output, product, kit }) => {
    if (output.content.kind !== "seo-page" && output.content.kind !== "article") return [];
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
    if (output.content.kind === "article") {
      const h1 = output.content.h1.text;
      const article = nodes.find((n): n is Record<string, unknown> => isObject(n) && (hasType(n, "BlogPosting") || hasType(n, "Article")));
      if (!article) problems.push("jsonLd has no BlogPosting or Article node");
      else {
        if (article.headline !== h1) problems.push(`BlogPosting headline ${quote(String(article.headline))} is not the H1 ${quote(h1)}`);
        if (article.inLanguage !== output.content.language) problems.push(`BlogPosting inLanguage ${quote(String(article.inLanguage))} is not ${output.content.language}`);
        // An invented publication date would be a false statement: the publisher sets it.
        if (article.datePublished !== undefined) problems.push(`BlogPosting states a datePublished (${quote(String(article.datePublished))}) the sources cannot know`);
      }
    } else if (product) {
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
  appliesTo: ({ output }) => output.content.kind === "seo-page" || output.content.kind === "article",
  run: ({ output, kit }) =>
    output.content.kind !== "seo-page" && output.content.kind !== "article"
      ? []
      : output.content.internalLinks.filter((l) => !kit.knownUrls.has(l.url)).map((l) => `internal link to an unknown or rejected page: ${l.url}`),
};
