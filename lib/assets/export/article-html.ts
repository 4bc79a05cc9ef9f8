import type { Article } from "@/lib/assets/schemas/article";
import { parseJsonLd } from "@/lib/assets/schemas/json-ld";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";
import { escapeHtml } from "./html-escape";
import { relatedLinks, relatedLinksHeading } from "./article-links";
import { scriptSafeJson } from "./script-safe-json";

/**
 * The article as a standalone HTML document a CMS or static site can take as is: the head (title,
 * meta description, canonical, JSON-LD) and one semantic <article> with the H1, the lead, one
 * <section> per H2 and the internal links. Every text and attribute value is escaped, the
 * JSON-LD is re-serialised from its parsed form (scriptSafeJson keeps "</script>" inside a
 * string from ending the element), and a link whose URL is not http(s) is left out, so no
 * `javascript:` address reaches the page. Citations are internal provenance and stay out (they
 * are in the JSON and citations exports). Throws where the SEO head snippet does: an article
 * without an absolute canonical URL or with unparseable JSON-LD is refused, not exported half.
 */
export function articleHtml(article: Article): string {
  if (!isAbsoluteHttpUrl(article.canonicalUrl)) throw new Error(`The canonical URL "${article.canonicalUrl}" is not an absolute http(s) URL.`);
  const jsonLd = parseJsonLd(article.jsonLd);
  if (!jsonLd.ok) throw new Error(`The article's JSON-LD cannot be exported: ${jsonLd.error}.`);

  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(article.title.text)}</title>`,
    `<meta name="description" content="${escapeHtml(article.metaDescription.text)}">`,
    `<link rel="canonical" href="${escapeHtml(article.canonicalUrl)}">`,
  ];
  if (jsonLd.nodes.length > 0) {
    const value = jsonLd.nodes.length === 1 ? jsonLd.nodes[0] : jsonLd.nodes;
    head.push(`<script type="application/ld+json">\n${scriptSafeJson(value)}\n</script>`);
  }

  const body = ["<article>", "<header>", `<h1>${escapeHtml(article.h1.text)}</h1>`];
  if (article.lead.text.trim() !== "") body.push(`<p>${escapeHtml(article.lead.text)}</p>`);
  body.push("</header>");
  for (const section of article.sections) {
    body.push("<section>", `<h2>${escapeHtml(section.heading.text)}</h2>`);
    for (const paragraph of section.paragraphs) if (paragraph.text.trim() !== "") body.push(`<p>${escapeHtml(paragraph.text)}</p>`);
    body.push("</section>");
  }
  const links = relatedLinks(article);
  if (links.length > 0) {
    body.push("<aside>", `<h2>${escapeHtml(relatedLinksHeading(article.language))}</h2>`, "<ul>");
    for (const link of links) body.push(`<li><a href="${escapeHtml(link.url)}">${escapeHtml(link.anchorText)}</a></li>`);
    body.push("</ul>", "</aside>");
  }
  body.push("</article>");

  return ["<!doctype html>", `<html lang="${escapeHtml(article.language)}">`, "<head>", ...head, "</head>", "<body>", ...body, "</body>", "</html>", ""].join("\n");
}
