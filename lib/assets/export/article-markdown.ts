import type { Article } from "@/lib/assets/schemas/article";
import { relatedLinks, relatedLinksHeading } from "./article-links";

/*
 * Markdown for static-site generators and CMS importers. Generated text is data, never markup: a
 * "*" in a sentence must not start emphasis, "<b>" must not become HTML (Markdown passes raw
 * HTML through), "[x](javascript:…)" must not become a link and "1. " or "# " at the start of a
 * paragraph must not start a list or a heading. CommonMark lets a backslash escape any ASCII
 * punctuation: characters that mean something anywhere are escaped everywhere, block markers at
 * the start of the paragraph.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>|~&]/g;

export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine
    .replace(INLINE_SPECIAL, (char) => `\\${char}`)
    // At the start only: "#" opens a heading, "-" or "+" a list, "=" underlines the line before, "1." / "1)" an ordered list.
    .replace(/^([#+=-])/, "\\$1")
    .replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A link destination in angle brackets, which allows spaces; "<", ">" and line breaks are percent-encoded. */
function linkDestination(url: string): string {
  return `<${url.replace(/[<>\s]/g, (char) => encodeURIComponent(char))}>`;
}

/**
 * The article as Markdown with YAML front matter (title, description, slug, canonical URL,
 * language; each value a JSON string, which YAML reads as a double-quoted scalar) and the body:
 * H1, lead, one H2 per section, the internal links as a list. Like the HTML export, without
 * citations and without JSON-LD (front matter is where generators take their metadata from).
 */
export function articleMarkdown(article: Article): string {
  const frontMatter = [
    "---",
    `title: ${JSON.stringify(article.title.text)}`,
    `description: ${JSON.stringify(article.metaDescription.text)}`,
    `slug: ${JSON.stringify(article.slug)}`,
    `canonical: ${JSON.stringify(article.canonicalUrl)}`,
    `lang: ${JSON.stringify(article.language)}`,
    "---",
  ];
  const blocks = [`# ${escapeMarkdown(article.h1.text)}`];
  if (article.lead.text.trim() !== "") blocks.push(escapeMarkdown(article.lead.text));
  for (const section of article.sections) {
    blocks.push(`## ${escapeMarkdown(section.heading.text)}`);
    for (const paragraph of section.paragraphs) if (paragraph.text.trim() !== "") blocks.push(escapeMarkdown(paragraph.text));
  }
  const links = relatedLinks(article);
  if (links.length > 0) {
    blocks.push(`## ${relatedLinksHeading(article.language)}`, links.map((link) => `- [${escapeMarkdown(link.anchorText)}](${linkDestination(link.url)})`).join("\n"));
  }
  return `${frontMatter.join("\n")}\n\n${blocks.join("\n\n")}\n`;
}
