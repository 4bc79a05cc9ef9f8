import { serializeJsonLd, type JsonLdNode } from "@/lib/assets/schemas/json-ld";
import { slugify } from "@/lib/assets/schemas/slug";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { isAbsoluteHttpUrl, normalizeUrlForComparison } from "@/lib/assets/validate/url";
import type { FactBase } from "./fact-base";

const CONTEXT = "https://schema.org";
const DESCRIPTION_MAX_SENTENCES = 2;

/** The brand as schema.org Organization: the SEO page's brand and the article's author and publisher. */
export function organization(facts: FactBase, siteUrl: string | null): JsonLdNode {
  return { "@type": "Organization", name: facts.brand, ...(siteUrl ? { url: siteUrl } : {}) };
}

export function siteRoot(url: string): string | null {
  return isAbsoluteHttpUrl(url) ? new URL("/", url).toString() : null;
}

/**
 * A category level links to a known page whose title is that level, or whose last path segment
 * is its slug ("Jackets" → …/jackets). Levels with no such page are left out: a breadcrumb
 * needs a real URL for every crumb but the last, and a guessed URL would be a broken link.
 */
function categoryUrl(facts: FactBase, level: string): string | null {
  const name = foldForMatching(level).trim();
  const slug = slugify(level);
  for (const known of facts.brief.knownUrls) {
    if (!isAbsoluteHttpUrl(known.url)) continue;
    const lastSegment = new URL(known.url).pathname.split("/").filter(Boolean).pop() ?? "";
    if (foldForMatching(known.title).trim() === name || (slug !== "" && lastSegment === slug)) return known.url;
  }
  return null;
}

// The first crumb is the site's home page, named as a visitor sees it, never a bare URL or host.
const HOME_NAME = { de: "Startseite", en: "Home" } as const;

/**
 * Home → category page (where a known, live page exists for it) → the page. Every URL is the
 * site root, a page of the knowledge base (brief.knownUrls: ready, not retired, fact-bearing) or
 * the product's own URL from an accepted feed row.
 */
function breadcrumb(facts: FactBase, pageName: string, pageUrl: string, root: string | null): JsonLdNode | null {
  const product = facts.product;
  if (!product || product.categoryPath.length === 0 || root === null) return null;
  if (normalizeUrlForComparison(root) === normalizeUrlForComparison(pageUrl)) return null;
  const crumbs: { name: string; item: string }[] = [{ name: HOME_NAME[facts.language], item: root }];
  for (const level of product.categoryPath) {
    const url = categoryUrl(facts, level);
    if (url && normalizeUrlForComparison(url) !== normalizeUrlForComparison(pageUrl)) crumbs.push({ name: level, item: url });
  }
  crumbs.push({ name: pageName, item: pageUrl });
  return {
    "@context": CONTEXT,
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, name: crumb.name, item: crumb.item })),
  };
}

/**
 * Product markup for a product with a price in its sources (Google needs an offer with a price
 * above 0 and an ISO currency; without one a Product node is an error, so the page then gets
 * Organization markup instead), a BreadcrumbList from the product's category path, and
 * Organization markup for topic pages. Every value is a source fact or brief data.
 */
export function seoJsonLd(facts: FactBase): string {
  if (!facts.hasFacts) return "[]";
  const product = facts.product;
  const pageUrl = [product?.url, facts.brief.finalUrl].find((url): url is string => typeof url === "string" && isAbsoluteHttpUrl(url)) ?? null;
  const root = siteRoot(facts.brief.finalUrl) ?? (pageUrl ? siteRoot(pageUrl) : null);
  const nodes: JsonLdNode[] = [];
  // The name as the copy uses it (brand rules applied); a banned name is not marked up either.
  const name = facts.subject?.text ?? "";
  if (product && product.price && name !== "") {
    const own = facts.sentences.filter((sentence) => product.chunkIds.includes(sentence.sourceId)).slice(0, DESCRIPTION_MAX_SENTENCES);
    nodes.push({
      "@context": CONTEXT,
      "@type": "Product",
      name,
      ...(own.length > 0 ? { description: own.map((sentence) => sentence.text).join(" ") } : {}),
      ...(product.categoryPath.length > 0 ? { category: product.categoryPath.join(" > ") } : {}),
      ...(pageUrl ? { url: pageUrl } : {}),
      ...(facts.brand ? { brand: organization(facts, null) } : {}),
      offers: { "@type": "Offer", price: product.price.amount.toFixed(2), priceCurrency: product.price.currency, ...(pageUrl ? { url: pageUrl } : {}) },
    });
  } else if (facts.brand) {
    nodes.push({ "@context": CONTEXT, ...organization(facts, root) });
  }
  const trail = pageUrl && name !== "" ? breadcrumb(facts, name, pageUrl, root) : null;
  if (trail) nodes.push(trail);
  return serializeJsonLd(nodes);
}
