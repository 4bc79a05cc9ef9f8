import { z } from "zod";
import { CitationsSchema, citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";

/*
 * A long article (blog post). Its SEO fields mean what the SEO page's mean (same limits, same
 * validators: validate/article.ts reuses validate/seo-page.ts). Limits live in the descriptions
 * and in the validator, not in the schema, so an over-long draft still parses and can be edited.
 *
 * Property order is the order a model writes in: the outline (the plan) comes before the lead
 * and the sections that carry it out, so a hosted model commits to a structure first.
 */

export const ArticleParagraphSchema = z.object({
  transition: z
    .boolean()
    .describe(
      "true only for a short bridging paragraph (one or two sentences) that states no fact, number or claim and so needs no citation; false for every paragraph that states facts, which must cite at least one source.",
    ),
  text: z.string().describe("One paragraph of 2 to 6 sentences in the article's language; plain text, no Markdown, no HTML, no links."),
  citations: CitationsSchema,
});

export const ArticleSectionSchema = z.object({
  heading: citedTextSchema("The section's H2 heading, worded exactly as its entry in `outline`."),
  paragraphs: z.array(ArticleParagraphSchema).describe("The section's paragraphs in reading order; at least one."),
});

export const ArticleInternalLinkSchema = z.object({
  url: z.string().describe("An existing URL of this website, copied exactly from knownUrls in the brief. Never invent URLs."),
  anchorText: z.string().describe('The visible link text: descriptive, 2 to 6 words, not "click here".'),
  citations: CitationsSchema,
});

export const ArticleSchema = z.object({
  kind: z.enum(["article"]).describe('Always "article".'),
  language: LanguageSchema,
  title: citedTextSchema(
    "The <title> shown in search results: 30 to 60 characters, never above 70. Put the main topic near the start.",
  ),
  metaDescription: citedTextSchema(
    "The meta description shown under the title in search results: 120 to 160 characters, never above 200. What the reader learns, concretely.",
  ),
  slug: z
    .string()
    .describe("URL path segment of the article: lowercase a-z, 0-9 and single hyphens only (ä → ae, ö → oe, ü → ue, ß → ss), e.g. hardshell-jacke-waschen."),
  canonicalUrl: z
    .string()
    .describe("Absolute https URL the article will be published at, ending in the slug; on the brand's own site (the host of finalUrl in the brief)."),
  h1: citedTextSchema("The article's single visible headline (H1). Not empty; may differ from the title."),
  outline: z
    .array(z.string().describe("One H2 heading of the article."))
    .describe("Plan the article first: its H2 headings in reading order, 3 to 8 of them, each a topic the sources cover. `sections` then follow this outline one to one."),
  lead: citedTextSchema("The lead paragraph under the H1: 2 to 4 sentences saying what the article covers and why it matters to the reader. Cite its facts."),
  sections: z
    .array(ArticleSectionSchema)
    .describe(
      "The article body, one section per outline heading, in the same order. Lead and sections together: 800 to 2,000 words, never above 2,000. Write only what the sources support: if they hold less, write a shorter article rather than padding it.",
    ),
  internalLinks: z.array(ArticleInternalLinkSchema).describe("Links from this article to other pages of the same website (2 to 5 when the brief lists enough relevant knownUrls)."),
  jsonLd: z
    .string()
    .describe(
      'Structured data as a JSON array serialised into this string: one {"@context":"https://schema.org","@type":"BlogPosting"} object with headline (the H1), description, inLanguage, author and publisher (the brand as an Organization with name and url) and mainEntityOfPage (the canonicalUrl). Leave out datePublished and image: the publisher sets them.',
    ),
});

export type Article = z.infer<typeof ArticleSchema>;
export type ArticleSection = z.infer<typeof ArticleSectionSchema>;
export type ArticleParagraph = z.infer<typeof ArticleParagraphSchema>;
