import { createHash } from "node:crypto";
import { loadHtmlDocument } from "@/lib/rag/parse/html-blocks";
import { parseHtml } from "@/lib/rag/parse/parse-html";
import { isSameHost, normalizeCrawlUrl } from "./crawl-urls";
import { MAX_LINKS_PER_PAGE } from "./limits";

export type ReadPage = { canonicalUrl: string; title: string | null; links: string[]; textHash: string; isNoIndex: boolean };

/**
 * What the crawler needs from a fetched page: its canonical URL (rel=canonical, honoured only on
 * the same host so a page cannot claim another site's identity; the crawl's patterns and robots.txt are applied to it
 * in crawl-website.ts), its links (at most MAX_LINKS_PER_PAGE), and the hash of its
 * readable text after the same boilerplate removal as an uploaded HTML file: a page whose
 * navigation, ads or timestamps changed but whose content did not is not re-indexed.
 */
export function readPage(html: string, pageUrl: string): ReadPage {
  const document = loadHtmlDocument(html);
  const base = normalizeCrawlUrl(document.querySelector("base[href]")?.getAttribute("href") ?? pageUrl, pageUrl) ?? pageUrl;
  const canonicalHref = document.querySelector('link[rel~="canonical"][href]')?.getAttribute("href");
  const canonical = canonicalHref ? normalizeCrawlUrl(canonicalHref, base) : null;
  const links = new Set<string>();
  for (const anchor of document.querySelectorAll("a[href]")) {
    if (links.size >= MAX_LINKS_PER_PAGE) break;
    if (/\bnofollow\b/i.test(anchor.getAttribute("rel") ?? "")) continue;
    const link = normalizeCrawlUrl(anchor.getAttribute("href")!, base);
    if (link) links.add(link);
  }
  const robotsMeta = document.querySelector('meta[name="robots" i]')?.getAttribute("content") ?? "";
  const parsed = parseHtml(html);
  const text = parsed.blocks.map((block) => block.text).join("\n");
  return {
    canonicalUrl: canonical && isSameHost(canonical, pageUrl) ? canonical : pageUrl,
    title: parsed.title,
    links: [...links],
    textHash: createHash("sha256").update(text).digest("hex"),
    isNoIndex: /\bnoindex\b/i.test(robotsMeta),
  };
}
