import type { PromptBrief } from "@/lib/assets/generate/brief";
import { hashtagsOf, holdsForLanguage } from "@/lib/assets/schemas/brand-rules";
import { hashtagContainsTerm } from "@/lib/assets/validate/social-post";
import { foldForMatching } from "@/lib/assets/validate/term-match";
import { tokenizeForSearch } from "@/lib/rag/text/tokenize";

// Letters, digits and underscores: what every network links as one hashtag.
const LINKABLE = /^[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*$/u;
// A part shorter than this is too common to mean a match inside a compound ("Tour" in "Tourismus" is fine, "Rad" is not).
const MIN_COMPOUND_PART = 4;

/** "WandernMitStil" → "Wandern Mit Stil", "outdoor_gear" → "outdoor gear": the words a hashtag runs together. */
function hashtagWords(tag: string): string {
  return tag
    .replace(/_/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, "$1$3 $2$4");
}

function compact(text: string): string {
  return foldForMatching(text).replace(/[^\p{L}\p{N}]/gu, "");
}

/**
 * The brand's hashtags that match what the post is about, best first, at most `max`: a hashtag
 * scores one point per stemmed word it shares with the brief (brand, product, category, topic,
 * keywords, audience, goal), and one for a compound match ("#Hardshell" in "Hardshelljacke",
 * "#Regenjacke" for "Regenjacken"). The copy is left out on purpose: a wind jacket's post that
 * quotes the brand's range ("hardshell and wind jackets, …") is not about hardshells. A hashtag
 * matching nothing is left out: a post about rain jackets does not get #Sleepingbags. Ties keep
 * the brand's order. None when the brand has no list, and never one with a banned term.
 */
export function pickHashtags(brief: PromptBrief, max: number): string[] {
  const list = hashtagsOf(brief.brandRules).filter((tag) => LINKABLE.test(tag));
  if (list.length === 0 || max <= 0) return [];
  const language = brief.language;
  const about = [brief.brandName, brief.product?.title ?? "", brief.product?.category ?? "", brief.topic, ...brief.keywords, brief.audience, brief.goal].join(" ");
  const terms = new Set(tokenizeForSearch(about, language));
  const aboutWords = new Set((foldForMatching(about).match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= MIN_COMPOUND_PART));
  const banned = brief.brandRules.bannedTerms.filter((term) => term.term.trim() !== "" && holdsForLanguage(term, language)).map((term) => term.term);

  const scored = list
    .filter((tag) => !banned.some((term) => hashtagContainsTerm(tag, term)))
    .map((tag, order) => {
      const shared = new Set(tokenizeForSearch(hashtagWords(tag), language).filter((term) => terms.has(term))).size;
      const whole = compact(tag);
      const compound = whole.length >= MIN_COMPOUND_PART && [...aboutWords].some((word) => word.includes(whole) || (word.length >= MIN_COMPOUND_PART + 2 && whole.includes(word)));
      return { tag, order, score: shared + (compound ? 1 : 0) };
    })
    .filter((entry) => entry.score > 0);
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, max)
    .map((entry) => entry.tag);
}
