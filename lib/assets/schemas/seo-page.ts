import { z } from "zod";
import { CitationsSchema, citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";

/*
 * Length and count limits live in the descriptions (for the model) and in validate/seo-page.ts
 * (as rules with a severity), not in the schema: an over-long title must still parse so the
 * editor can show it with a warning instead of losing the whole generation.
 */
export const SeoPageSchema = z.object({
  kind: z.enum(["seo-page"]).describe('Always "seo-page".'),
  language: LanguageSchema,
  targetKeywords: z
    .array(z.string().describe("One search query, as people type it."))
    .describe("1 to 10 search queries this page should rank for; the first is the primary keyword."),
  slug: z
    .string()
    .describe("URL path segment for the page: lowercase a-z, 0-9 and single hyphens only (ä → ae, ö → oe, ü → ue, ß → ss), e.g. regenjacke-damen."),
  title: citedTextSchema(
    "The <title> shown in search results: 30 to 60 characters, never above 70. Put the primary keyword near the start.",
  ),
  metaDescription: citedTextSchema(
    "The meta description shown under the title in search results: 120 to 160 characters, never above 200. A concrete benefit and a reason to click.",
  ),
  h1: citedTextSchema("The single visible H1 heading of the page. Not empty; may differ from the title."),
  outline: z
    .array(
      z.object({
        level: z.literal([2, 3]).describe("Heading level: 2 for a section (H2), 3 for a subsection (H3). An H3 must come after an H2."),
        heading: citedTextSchema("The section heading as it appears on the page."),
        brief: citedTextSchema("What this section says: the key facts and arguments, 1 to 3 sentences."),
      }),
    )
    .describe("The page's sections in reading order. Start with an H2."),
  faq: z
    .array(
      z.object({
        question: z.string().describe("A question real customers ask, phrased as they would ask it."),
        answer: citedTextSchema("A direct, factual answer in 1 to 3 sentences."),
      }),
    )
    .describe("Frequently asked questions answered on the page; an empty array if none fit."),
  internalLinks: z
    .array(
      z.object({
        url: z.string().describe("An existing URL of this website, copied exactly from the sources. Never invent URLs."),
        anchorText: z.string().describe("The visible link text: descriptive, 2 to 6 words, not \"click here\"."),
        citations: CitationsSchema,
      }),
    )
    .describe("Links from this page to other pages of the same website."),
  hreflang: z
    .array(
      z.object({
        language: z.string().describe('Language code, optionally with region: "de", "de-DE", "en-GB" (not en-UK), or "x-default".'),
        url: z.string().describe("Absolute https URL of the page version in that language."),
      }),
    )
    .describe("One alternate per language of this website, including this page's own language."),
  jsonLd: z
    .string()
    .describe(
      'Structured data as a JSON array serialised into this string, e.g. [{"@context":"https://schema.org","@type":"Product",...}]. Each object needs "@context": "https://schema.org" and an "@type". Use "[]" when no structured data fits. Prices as numbers with a dot decimal (1299.00) and priceCurrency as a 3-letter ISO code (EUR).',
    ),
});

export type SeoPage = z.infer<typeof SeoPageSchema>;
