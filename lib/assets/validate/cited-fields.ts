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
   * (checked for existence) but only describe the target page.
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
    case "merchant-feed":
      return [
        cited("title", "Title", asset.title),
        cited("description", "Description", asset.description),
        ...asset.highlights.map((highlight, index) => cited(`highlights[${index}]`, `Highlight ${index + 1}`, highlight)),
      ];
  }
}
