import { XMLParser } from "fast-xml-parser";

const parser = new XMLParser({
  ignoreAttributes: true,
  // Entities are not expanded: a sitemap has no use for them and expansion is an amplification risk.
  processEntities: false,
  isArray: (name) => name === "url" || name === "sitemap",
});

/** A sitemap's page URLs, or a sitemap index's child sitemaps (sitemaps.org protocol). */
export function parseSitemap(xml: string): { pages: string[]; sitemaps: string[] } {
  let document: { urlset?: { url?: { loc?: unknown }[] }; sitemapindex?: { sitemap?: { loc?: unknown }[] } };
  try {
    document = parser.parse(xml);
  } catch {
    return { pages: [], sitemaps: [] };
  }
  const locs = (entries: { loc?: unknown }[] | undefined) => (entries ?? []).flatMap((entry) => (typeof entry.loc === "string" ? [entry.loc.trim()] : []));
  return { pages: locs(document.urlset?.url), sitemaps: locs(document.sitemapindex?.sitemap) };
}

export function looksLikeSitemap(url: string): boolean {
  return /\.xml(\.gz)?$/i.test(new URL(url).pathname);
}
