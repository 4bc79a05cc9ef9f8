import { parseJsonLd } from "@/lib/assets/schemas/json-ld";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";
import { escapeHtml } from "./html-escape";
import { scriptSafeJson } from "./script-safe-json";

export type SeoHeadOptions = {
  /** Absolute URL the page will be published at. */
  canonicalUrl: string;
  /**
   * Where searchers whose language matches no alternate should land. Used only when the page's
   * hreflang list has no x-default of its own; without either, none is written: which version
   * is the default is a site decision this function cannot guess.
   */
  xDefaultUrl?: string;
};

const X_DEFAULT = "x-default";

/**
 * The <head> tags for a generated SEO page, ready to paste into a CMS or template: title, meta
 * description, canonical, one hreflang alternate per language, and the JSON-LD. Values are
 * HTML-escaped; the JSON-LD is re-serialised from its parsed form, never pasted as the raw
 * string, so only valid JSON reaches the page. Throws when the canonical URL is not absolute or
 * the JSON-LD does not parse: exporting is for approved pages, where validation already caught
 * both, and a silently dropped tag would be worse than a refused export.
 */
export function seoHeadSnippet(page: SeoPage, options: SeoHeadOptions): string {
  if (!isAbsoluteHttpUrl(options.canonicalUrl)) throw new Error(`The canonical URL "${options.canonicalUrl}" is not an absolute http(s) URL.`);
  const jsonLd = parseJsonLd(page.jsonLd);
  if (!jsonLd.ok) throw new Error(`The page's JSON-LD cannot be exported: ${jsonLd.error}.`);

  const lines = [
    `<title>${escapeHtml(page.title.text)}</title>`,
    `<meta name="description" content="${escapeHtml(page.metaDescription.text)}">`,
    `<link rel="canonical" href="${escapeHtml(options.canonicalUrl)}">`,
  ];
  const alternates = [...page.hreflang];
  const hasXDefault = alternates.some((entry) => entry.language.toLowerCase() === X_DEFAULT);
  if (!hasXDefault && options.xDefaultUrl !== undefined) alternates.push({ language: X_DEFAULT, url: options.xDefaultUrl });
  for (const entry of alternates) {
    lines.push(`<link rel="alternate" hreflang="${escapeHtml(entry.language)}" href="${escapeHtml(entry.url)}">`);
  }
  if (jsonLd.nodes.length > 0) {
    // One node is embedded as an object, the common form; several as an array, which is also valid JSON-LD.
    const value = jsonLd.nodes.length === 1 ? jsonLd.nodes[0] : jsonLd.nodes;
    lines.push(`<script type="application/ld+json">\n${scriptSafeJson(value)}\n</script>`);
  }
  return `${lines.join("\n")}\n`;
}
