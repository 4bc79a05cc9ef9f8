import type { Article } from "@/lib/assets/schemas/article";
import { isJsonObject, parseJsonLd, type JsonLdNode } from "@/lib/assets/schemas/json-ld";
import { primaryLanguage } from "./hreflang";
import { error, joinPath, quote, warning } from "./issues";
import { checkJsonLd } from "./json-ld";
import { typeNames, urlOf } from "./json-ld-values";
import type { ValidationIssue } from "./types";
import { normalizeUrlForComparison } from "./url";

const ARTICLE_TYPES = new Set(["Article", "BlogPosting", "NewsArticle"]);

/*
 * The publication date and the lead image are the publisher's: the date is the day the CMS
 * publishes (a generated draft cannot know it, and a guessed date would be a false statement),
 * and Brandpilot generates no images. Google recommends both, so the general JSON-LD check warns
 * when they are missing; on an article draft that warning would stand on every asset and say
 * nothing, so it is left out here. An invalid date the draft does state is still reported.
 */
const LEFT_TO_PUBLISHER = new Set(["jsonld.article.date_published_missing", "jsonld.article.image_missing"]);

function articleNodes(nodes: readonly JsonLdNode[], path: string): { node: JsonLdNode; path: string }[] {
  return nodes.flatMap((node, index) => {
    const nodePath = joinPath(path, index);
    const graph = node["@graph"];
    const candidates = Array.isArray(graph)
      ? graph.flatMap((item, graphIndex) => (isJsonObject(item) ? [{ node: item, path: joinPath(joinPath(nodePath, "@graph"), graphIndex) }] : []))
      : [{ node, path: nodePath }];
    return candidates.filter((candidate) => typeNames(candidate.node).some((type) => ARTICLE_TYPES.has(type)));
  });
}

/**
 * The SEO page's JSON-LD rules (validate/json-ld.ts) plus what makes the markup describe this
 * article: one Article or BlogPosting node whose headline is the H1, in the article's language,
 * on the article's canonical URL. Mismatches are warnings: the markup still validates, but
 * search engines may show or index something other than the page.
 */
export function checkArticleJsonLd(article: Article, path = "jsonLd"): ValidationIssue[] {
  const issues = checkJsonLd(article.jsonLd, path).filter((issue) => !LEFT_TO_PUBLISHER.has(issue.rule));
  const parsed = parseJsonLd(article.jsonLd);
  if (!parsed.ok) return issues;
  const [first, ...rest] = articleNodes(parsed.nodes, path);
  if (!first) {
    return [...issues, error(path, "article.json_ld.article_missing", 'The JSON-LD has no Article or BlogPosting object; add one with "@type": "BlogPosting", the headline, inLanguage, author, publisher and mainEntityOfPage.', { code: "articleJsonLdMissing" })];
  }
  if (rest.length > 0) issues.push(warning(path, "article.json_ld.several_articles", `The JSON-LD describes ${rest.length + 1} articles; one page is one article, so keep a single Article or BlogPosting object.`, { code: "articleJsonLdSeveral", params: { count: rest.length + 1 } }));
  const { node, path: nodePath } = first;
  const headline = typeof node.headline === "string" ? node.headline.trim() : "";
  if (headline !== "" && article.h1.text.trim() !== "" && headline !== article.h1.text.trim()) {
    issues.push(warning(joinPath(nodePath, "headline"), "article.json_ld.headline_mismatch", `The JSON-LD headline ${quote(headline)} differs from the H1 ${quote(article.h1.text.trim())}; use the H1.`, { code: "articleJsonLdHeadline", params: { headline, h1: article.h1.text.trim() } }));
  }
  const inLanguage = typeof node.inLanguage === "string" ? node.inLanguage : "";
  if (inLanguage === "") {
    issues.push(warning(joinPath(nodePath, "inLanguage"), "article.json_ld.in_language_missing", `The JSON-LD has no inLanguage; add ${quote(article.language)}.`, { code: "articleJsonLdLanguageMissing", params: { language: article.language } }));
  } else if (primaryLanguage(inLanguage) !== article.language) {
    issues.push(warning(joinPath(nodePath, "inLanguage"), "article.json_ld.in_language_mismatch", `The JSON-LD says inLanguage ${quote(inLanguage)}, but the article is in ${quote(article.language)}.`, { code: "articleJsonLdLanguageMismatch", params: { inLanguage, language: article.language } }));
  }
  const mainEntity = urlOf(node.mainEntityOfPage);
  if (mainEntity === null) {
    issues.push(warning(joinPath(nodePath, "mainEntityOfPage"), "article.json_ld.main_entity_missing", `The JSON-LD has no mainEntityOfPage; set it to the canonical URL ${quote(article.canonicalUrl)}.`, { code: "articleJsonLdMainEntityMissing", params: { url: article.canonicalUrl } }));
  } else if (normalizeUrlForComparison(mainEntity) !== normalizeUrlForComparison(article.canonicalUrl)) {
    issues.push(warning(joinPath(nodePath, "mainEntityOfPage"), "article.json_ld.main_entity_mismatch", `The JSON-LD's mainEntityOfPage ${quote(mainEntity)} is not the article's canonical URL ${quote(article.canonicalUrl)}.`, { code: "articleJsonLdMainEntityMismatch", params: { mainEntity, url: article.canonicalUrl } }));
  }
  return issues;
}
