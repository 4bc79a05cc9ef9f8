import type { Asset } from "@/lib/assets/schemas/asset";

export type CitedField = {
  /** Path of the text, e.g. `headlines[2].text`. */
  path: string;
  /** Path of its citation list, e.g. `headlines[2].citations`. */
  citationsPath: string;
  label: string;
  text: string;
  citations: readonly string[];
  /**
   * Whether the text states facts that must be grounded. Link anchor texts carry citations
   * (checked for existence) but only describe the target page; so do an article's transition
   * paragraphs, which bridge sections and may state no number (validate/article.ts).
   */
  factual: boolean;
};

function cited(base: string, label: string, value: { text: string; citations: string[] }): CitedField {
  return { path: `${base}.text`, citationsPath: `${base}.citations`, label, text: value.text, citations: value.citations, factual: true };
}

/** The fields grounding checks. FAQ questions, keywords, slug, paths and UTM values are not claims. */
export function citedFields(asset: Asset): CitedField[] {
  switch (asset.kind) {
    case "seo-page":
      return [
        cited("title", "Title", asset.title),
        cited("metaDescription", "Meta description", asset.metaDescription),
        cited("h1", "H1", asset.h1),
        ...asset.outline.flatMap((section, index) => [
          cited(`outline[${index}].heading`, `Outline heading ${index + 1}`, section.heading),
          cited(`outline[${index}].brief`, `Outline brief ${index + 1}`, section.brief),
        ]),
        ...asset.faq.map((pair, index) => cited(`faq[${index}].answer`, `FAQ answer ${index + 1}`, pair.answer)),
        ...asset.internalLinks.map((link, index) => ({
          path: `internalLinks[${index}].anchorText`,
          citationsPath: `internalLinks[${index}].citations`,
          label: `Link text ${index + 1}`,
          text: link.anchorText,
          citations: link.citations,
          factual: false,
        })),
      ];
    case "google-rsa":
      return [
        ...asset.headlines.map((headline, index) => cited(`headlines[${index}]`, `Headline ${index + 1}`, headline)),
        ...asset.descriptions.map((description, index) => cited(`descriptions[${index}]`, `Description ${index + 1}`, description)),
      ];
    case "meta-ad":
      return [
        cited("primaryText", "Primary text", asset.primaryText),
        cited("headline", "Headline", asset.headline),
        cited("description", "Description", asset.description),
      ];
    case "linkedin-ad":
      return [cited("intro", "Intro text", asset.intro), cited("headline", "Headline", asset.headline)];
    // The button label and the footer cite nothing: the label may not state a number (validate/email.ts), the footer is brand text.
    case "email":
      return [
        cited("subject", "Subject", asset.subject),
        cited("preheader", "Preheader", asset.preheader),
        ...asset.sections.flatMap((section, index) => [
          cited(`sections[${index}].heading`, `Section ${index + 1} heading`, section.heading),
          cited(`sections[${index}].body`, `Section ${index + 1} text`, section.body),
        ]),
      ];
    case "article":
      return [
        cited("title", "Title", asset.title),
        cited("metaDescription", "Meta description", asset.metaDescription),
        cited("h1", "H1", asset.h1),
        cited("lead", "Lead", asset.lead),
        ...asset.sections.flatMap((section, sectionIndex) => [
          cited(`sections[${sectionIndex}].heading`, `Section heading ${sectionIndex + 1}`, section.heading),
          ...section.paragraphs.map((paragraph, index) => ({
            ...cited(`sections[${sectionIndex}].paragraphs[${index}]`, `Paragraph ${index + 1} of section ${sectionIndex + 1}`, paragraph),
            factual: !paragraph.transition,
          })),
        ]),
        ...asset.internalLinks.map((link, index) => ({
          path: `internalLinks[${index}].anchorText`,
          citationsPath: `internalLinks[${index}].citations`,
          label: `Link text ${index + 1}`,
          text: link.anchorText,
          citations: link.citations,
          factual: false,
        })),
      ];
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      // Hashtags come from the brand's list and the link from the brief: neither is a claim.
      return [cited("text", asset.kind === "instagram-post" ? "Caption" : "Post text", asset.text)];
    case "merchant-feed":
      return [
        cited("title", "Title", asset.title),
        cited("description", "Description", asset.description),
        ...asset.highlights.map((highlight, index) => cited(`highlights[${index}]`, `Highlight ${index + 1}`, highlight)),
      ];
  }
}
