import type { Article } from "@/lib/assets/schemas/article";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";

/** The article's internal links an export may write: http(s) targets with a text, in the article's order. */
export function relatedLinks(article: Article): Article["internalLinks"] {
  return article.internalLinks.filter((link) => isAbsoluteHttpUrl(link.url) && link.anchorText.trim() !== "");
}

/** The heading above the links, in the article's language: exports add it, so it is not copy the model writes. */
export function relatedLinksHeading(language: Article["language"]): string {
  return language === "de" ? "Weiterlesen" : "Further reading";
}
