import { isValidSlug, slugify } from "@/lib/assets/schemas/slug";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { checkHreflang } from "./hreflang";
import { error, quote, warning } from "./issues";
import { checkJsonLd } from "./json-ld";
import type { ValidationIssue } from "./types";
import { normalizeUrlForComparison } from "./url";
import { visibleLength } from "./visible-length";

export type SeoPageContext = {
  /** URLs of pages the knowledge base knows; internal links may point only there. */
  knownUrls: ReadonlySet<string>;
  workspaceLanguages: readonly string[];
};

/*
 * Ranges Google displays without truncation on most screens; beyond the hard limits the text is
 * cut so badly (or rewritten by Google) that it is an error rather than a style issue.
 */
export const SEO_LIMITS = {
  title: { min: 30, max: 60, hardMax: 70 },
  metaDescription: { min: 120, max: 160, hardMax: 200 },
  keywords: { min: 1, max: 10 },
} as const;

export function checkSeoPage(page: SeoPage, context: SeoPageContext): ValidationIssue[] {
  return [
    ...checkKeywords(page),
    ...checkSlug(page.slug),
    ...checkSnippetLength("title", "Title", page.title.text, SEO_LIMITS.title),
    ...checkSnippetLength("metaDescription", "Meta description", page.metaDescription.text, SEO_LIMITS.metaDescription),
    ...checkH1(page.h1.text),
    ...checkOutline(page),
    ...checkFaq(page),
    ...checkInternalLinks(page.internalLinks, context.knownUrls),
    ...checkHreflang(page.hreflang, context.workspaceLanguages),
    ...checkJsonLd(page.jsonLd, "jsonLd"),
  ];
}

function checkKeywords(page: SeoPage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const count = page.targetKeywords.length;
  const { min, max } = SEO_LIMITS.keywords;
  if (count < min || count > max) {
    issues.push(error("targetKeywords", "seo.keywords.count", `The page has ${count} target keywords; use between ${min} and ${max}.`, { code: "seoKeywordsCount", params: { count, min, max } }));
  }
  page.targetKeywords.forEach((keyword, index) => {
    if (keyword.trim() === "") issues.push(error(`targetKeywords[${index}]`, "seo.keywords.empty", `Target keyword ${index + 1} is empty.`, { code: "fieldEmpty" }));
  });
  return issues;
}

/** Shared with the article (validate/article.ts), which has the same SEO fields. */
export function checkSlug(slug: string): ValidationIssue[] {
  if (isValidSlug(slug)) return [];
  const suggestion = slugify(slug);
  const hint = suggestion === "" ? "" : `; use ${quote(suggestion)}`;
  return [error("slug", "seo.slug.format", `The slug ${quote(slug)} may contain only lowercase a-z, 0-9 and single hyphens${hint}.`)];
}

export function checkSnippetLength(
  field: "title" | "metaDescription",
  label: string,
  text: string,
  limits: { min: number; max: number; hardMax: number },
): ValidationIssue[] {
  const path = `${field}.text`;
  const rule = field === "title" ? "seo.title" : "seo.meta_description";
  const length = visibleLength(text.trim());
  if (length === 0) return [error(path, `${rule}.empty`, `${label} is empty.`, { code: "fieldEmpty" })];
  if (length > limits.hardMax) {
    return [error(path, `${rule}.max_length`, `${label} is ${length} characters; it must not exceed ${limits.hardMax} (aim for ${limits.min}–${limits.max}).`, { code: "maxLengthAim", params: { length, max: limits.hardMax, aimMin: limits.min, aimMax: limits.max } })];
  }
  if (length < limits.min || length > limits.max) {
    return [warning(path, `${rule}.length`, `${label} is ${length} characters; Google shows ${limits.min}–${limits.max} characters best.`, { code: "googleShowsBest", params: { length, aimMin: limits.min, aimMax: limits.max } })];
  }
  return [];
}

export function checkH1(h1: string): ValidationIssue[] {
  // Exactly one H1 is structural (one `h1` field, outline levels 2–3 only); emptiness is not.
  if (h1.trim() !== "") return [];
  return [error("h1.text", "seo.h1.empty", "The page needs exactly one non-empty H1; the H1 is empty.", { code: "seoH1Empty" })];
}

function checkOutline(page: SeoPage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  let seenH2 = false;
  page.outline.forEach((section, index) => {
    if (section.level === 2) seenH2 = true;
    else if (!seenH2) {
      issues.push(error(`outline[${index}].level`, "seo.outline.h3_without_h2", `Outline section ${index + 1} is an H3 without a preceding H2; start the section with an H2.`, { code: "seoOutlineH3WithoutH2" }));
    }
    if (section.heading.text.trim() === "") {
      issues.push(error(`outline[${index}].heading.text`, "seo.outline.heading_empty", `The heading of outline section ${index + 1} is empty.`, { code: "fieldEmpty" }));
    }
  });
  return issues;
}

function checkFaq(page: SeoPage): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  page.faq.forEach((pair, index) => {
    if (pair.question.trim() === "") {
      issues.push(error(`faq[${index}].question`, "seo.faq.question_empty", `FAQ ${index + 1} has an empty question.`, { code: "seoFaqQuestionEmpty" }));
    }
    if (pair.answer.text.trim() === "") {
      issues.push(error(`faq[${index}].answer.text`, "seo.faq.answer_empty", `FAQ ${index + 1} has an empty answer.`, { code: "seoFaqAnswerEmpty" }));
    }
  });
  return issues;
}

export function checkInternalLinks(links: readonly { url: string; anchorText: string }[], knownUrls: ReadonlySet<string>): ValidationIssue[] {
  const known = new Set([...knownUrls].map(normalizeUrlForComparison));
  const issues: ValidationIssue[] = [];
  links.forEach((link, index) => {
    if (!known.has(normalizeUrlForComparison(link.url))) {
      issues.push(error(`internalLinks[${index}].url`, "seo.internal_link.unknown_url", `Internal link ${index + 1} points to ${quote(link.url)}, which is not a known page of this website; link only to URLs from the knowledge base.`, { code: "seoInternalLinkUnknown", params: { url: link.url } }));
    }
    if (link.anchorText.trim() === "") {
      issues.push(error(`internalLinks[${index}].anchorText`, "seo.internal_link.anchor_empty", `Internal link ${index + 1} has no anchor text.`, { code: "seoInternalLinkAnchorEmpty" }));
    }
  });
  return issues;
}
