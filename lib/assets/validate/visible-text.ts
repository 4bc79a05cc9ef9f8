import type { Asset } from "@/lib/assets/schemas/asset";

export type VisibleTextField = {
  path: string;
  /** How a person would name the field in a sentence: "Headline 3", "Meta description". */
  label: string;
  text: string;
};

/**
 * Every text a reader of the published asset sees, with its path. Brand rules run on these.
 * Left out on purpose: keywords and slug (not copy), URLs and UTM values (not prose) and the
 * JSON-LD string (machine-readable; its facts repeat the visible copy).
 */
export function visibleTextFields(asset: Asset): VisibleTextField[] {
  switch (asset.kind) {
    case "seo-page":
      return [
        { path: "title.text", label: "Title", text: asset.title.text },
        { path: "metaDescription.text", label: "Meta description", text: asset.metaDescription.text },
        { path: "h1.text", label: "H1", text: asset.h1.text },
        ...asset.outline.flatMap((section, index) => [
          { path: `outline[${index}].heading.text`, label: `Outline heading ${index + 1}`, text: section.heading.text },
          { path: `outline[${index}].brief.text`, label: `Outline brief ${index + 1}`, text: section.brief.text },
        ]),
        ...asset.faq.flatMap((pair, index) => [
          { path: `faq[${index}].question`, label: `FAQ question ${index + 1}`, text: pair.question },
          { path: `faq[${index}].answer.text`, label: `FAQ answer ${index + 1}`, text: pair.answer.text },
        ]),
        ...asset.internalLinks.map((link, index) => ({ path: `internalLinks[${index}].anchorText`, label: `Link text ${index + 1}`, text: link.anchorText })),
      ];
    case "google-rsa":
      return [
        ...asset.headlines.map((headline, index) => ({ path: `headlines[${index}].text`, label: `Headline ${index + 1}`, text: headline.text })),
        ...asset.descriptions.map((description, index) => ({ path: `descriptions[${index}].text`, label: `Description ${index + 1}`, text: description.text })),
        // Display paths are shown in the ad's URL line, so brand rules apply to them too.
        ...(asset.path1 === null ? [] : [{ path: "path1", label: "Path 1", text: asset.path1 }]),
        ...(asset.path2 === null ? [] : [{ path: "path2", label: "Path 2", text: asset.path2 }]),
      ];
    case "meta-ad":
      return [
        { path: "primaryText.text", label: "Primary text", text: asset.primaryText.text },
        { path: "headline.text", label: "Headline", text: asset.headline.text },
        { path: "description.text", label: "Description", text: asset.description.text },
      ];
    case "linkedin-ad":
      return [
        { path: "intro.text", label: "Intro text", text: asset.intro.text },
        { path: "headline.text", label: "Headline", text: asset.headline.text },
      ];
    case "email":
      return [
        { path: "subject.text", label: "Subject", text: asset.subject.text },
        { path: "preheader.text", label: "Preheader", text: asset.preheader.text },
        ...asset.sections.flatMap((section, index) => [
          { path: `sections[${index}].heading.text`, label: `Section ${index + 1} heading`, text: section.heading.text },
          { path: `sections[${index}].body.text`, label: `Section ${index + 1} text`, text: section.body.text },
        ]),
        { path: "callToAction", label: "Button label", text: asset.callToAction },
        // The brand's own text, but readers see it: a banned term or the wrong address form there counts too.
        { path: "footer", label: "Footer", text: asset.footer },
      ];
    // The outline is the plan the section headings carry out, not copy of its own; the canonical URL is an address.
    case "article":
      return [
        { path: "title.text", label: "Title", text: asset.title.text },
        { path: "metaDescription.text", label: "Meta description", text: asset.metaDescription.text },
        { path: "h1.text", label: "H1", text: asset.h1.text },
        { path: "lead.text", label: "Lead", text: asset.lead.text },
        ...asset.sections.flatMap((section, sectionIndex) => [
          { path: `sections[${sectionIndex}].heading.text`, label: `Section heading ${sectionIndex + 1}`, text: section.heading.text },
          ...section.paragraphs.map((paragraph, index) => ({
            path: `sections[${sectionIndex}].paragraphs[${index}].text`,
            label: `Paragraph ${index + 1} of section ${sectionIndex + 1}`,
            text: paragraph.text,
          })),
        ]),
        ...asset.internalLinks.map((link, index) => ({ path: `internalLinks[${index}].anchorText`, label: `Link text ${index + 1}`, text: link.anchorText })),
      ];
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      // Hashtags are read in the post like words ("#billig"), so banned terms are checked in them too.
      return [
        { path: "text.text", label: asset.kind === "instagram-post" ? "Caption" : "Post text", text: asset.text.text },
        ...asset.hashtags.map((tag, index) => ({ path: `hashtags[${index}]`, label: `Hashtag ${index + 1}`, text: `#${tag.trim().replace(/^#+/, "")}` })),
      ];
    // The product id is a key, not copy.
    case "merchant-feed":
      return [
        { path: "title.text", label: "Title", text: asset.title.text },
        { path: "description.text", label: "Description", text: asset.description.text },
        ...asset.highlights.map((highlight, index) => ({ path: `highlights[${index}].text`, label: `Highlight ${index + 1}`, text: highlight.text })),
      ];
  }
}
