import type { Asset } from "@/lib/assets/schemas/asset";

/** One piece of copy a customer would publish, with the chunk ids it cites (null: the field cites nothing). */
export type CopyField = { path: string; text: string; citations: readonly string[] | null };

/**
 * The visible copy of an asset, read from its schema directly (not from the validator's field list,
 * so the evaluation does not inherit its blind spots).
 */
export function copyFields(asset: Asset): CopyField[] {
  switch (asset.kind) {
    case "seo-page":
      return [
        { path: "title", ...asset.title },
        { path: "metaDescription", ...asset.metaDescription },
        { path: "h1", ...asset.h1 },
        ...asset.outline.flatMap((section, i) => [
          { path: `outline[${i}].heading`, ...section.heading },
          { path: `outline[${i}].brief`, ...section.brief },
        ]),
        ...asset.faq.flatMap((entry, i) => [
          { path: `faq[${i}].question`, text: entry.question, citations: null },
          { path: `faq[${i}].answer`, ...entry.answer },
        ]),
        ...asset.internalLinks.map((link, i) => ({ path: `internalLinks[${i}].anchorText`, text: link.anchorText, citations: link.citations })),
      ];
    case "google-rsa":
      return [
        ...asset.headlines.map((h, i) => ({ path: `headlines[${i}]`, text: h.text, citations: h.citations })),
        ...asset.descriptions.map((d, i) => ({ path: `descriptions[${i}]`, text: d.text, citations: d.citations })),
      ];
    case "meta-ad":
      return [
        { path: "primaryText", ...asset.primaryText },
        { path: "headline", ...asset.headline },
        { path: "description", ...asset.description },
      ];
    case "linkedin-ad":
      return [
        { path: "intro", ...asset.intro },
        { path: "headline", ...asset.headline },
      ];
    case "email":
      return [
        { path: "subject", ...asset.subject },
        { path: "preheader", ...asset.preheader },
        ...asset.sections.flatMap((section, i) => [
          { path: `sections[${i}].heading`, ...section.heading },
          { path: `sections[${i}].body`, ...section.body },
        ]),
        { path: "callToAction", text: asset.callToAction, citations: null },
      ];
    case "article":
      return [
        { path: "title", ...asset.title },
        { path: "metaDescription", ...asset.metaDescription },
        { path: "h1", ...asset.h1 },
        { path: "lead", ...asset.lead },
        ...asset.sections.flatMap((section, i) => [
          { path: `sections[${i}].heading`, ...section.heading },
          // A transition states no fact and cites nothing by design: null, like an FAQ question.
          ...section.paragraphs.map((paragraph, j) => ({ path: `sections[${i}].paragraphs[${j}]`, text: paragraph.text, citations: paragraph.transition ? null : paragraph.citations })),
        ]),
        ...asset.internalLinks.map((link, i) => ({ path: `internalLinks[${i}].anchorText`, text: link.anchorText, citations: link.citations })),
      ];
    case "linkedin-post":
    case "instagram-post":
    case "x-post":
      return [
        { path: "text", ...asset.text },
        ...asset.hashtags.map((tag, i) => ({ path: `hashtags[${i}]`, text: `#${tag}`, citations: null })),
      ];
    case "merchant-feed":
      return [
        { path: "title", ...asset.title },
        { path: "description", ...asset.description },
        ...asset.highlights.map((h, i) => ({ path: `highlights[${i}]`, text: h.text, citations: h.citations })),
      ];
  }
}

/** All visible copy as one text, fields on separate lines. */
export function allCopy(asset: Asset): string {
  return copyFields(asset)
    .map((f) => f.text)
    .join("\n");
}
