import { slugify } from "@/lib/assets/schemas/slug";
import { SEO_LIMITS } from "@/lib/assets/validate/seo-page";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import type { FactBase } from "./fact-base";
import { normalizeSpaces, tidyCutEnd } from "./fit-text";

const SLUG_MAX = 60;

/**
 * The brief's keywords (what the marketer wants to rank for), else what the page is about:
 * product name and category, or the topic. Lower-cased, as people type queries. Keywords with a
 * banned term are dropped: the brand does not want to be found for them either.
 */
export function seoTargetKeywords(facts: FactBase): string[] {
  const fromBrief = facts.brief.keywords;
  const fallback = [facts.product?.name, facts.categoryLeaf?.text, facts.brief.product?.title, facts.brief.topic, facts.brand];
  const keywords: string[] = [];
  const seen = new Set<string>();
  for (const candidate of fromBrief.length > 0 ? fromBrief : fallback) {
    const keyword = normalizeSpaces(candidate ?? "").toLocaleLowerCase(facts.language);
    const key = foldForMatching(keyword);
    if (keyword === "" || seen.has(key) || !facts.policy.allows(keyword)) continue;
    seen.add(key);
    keywords.push(keyword);
    // Without brief keywords, the product name (or topic) alone is the best target.
    if (fromBrief.length === 0 && keywords.length === 2) break;
  }
  return keywords.slice(0, SEO_LIMITS.keywords.max);
}

/**
 * slugify() of the product name or topic. A long name loses whole words from the end (and a
 * dangling "und"/"and" with them) until its slug fits 60 characters: ä → ae makes the slug
 * longer than the name, so the cut is measured on the slug.
 */
export function seoSlug(facts: FactBase): string {
  const base = [facts.product?.name, facts.brief.product?.title, facts.brief.topic, facts.brief.keywords[0], facts.brand].find((text) => slugify(text ?? "") !== "") ?? "";
  let words = normalizeSpaces(base).split(" ");
  while (words.length > 1 && slugify(words.join(" ")).length > SLUG_MAX) words = tidyCutEnd(words.slice(0, -1).join(" "), facts.language).split(" ");
  return slugify(words.join(" ")).slice(0, SLUG_MAX).replace(/-+$/, "");
}
