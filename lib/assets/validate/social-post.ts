import type { SocialPost, SocialPostKind } from "@/lib/assets/schemas/social-post";
import { composeSocialPost, hashtagLine, PARAGRAPH_BREAK, postLinkUrl } from "@/lib/assets/social/compose-post";
import { xWeightedLength } from "@/lib/assets/social/x-weighted-length";
import { checkFinalUrl } from "./final-url";
import { containsTerm, foldForMatching } from "./term-match";
import { error, quote, warning } from "./issues";
import type { ValidationIssue } from "./types";
import { validateUtm } from "./utm";
import { visibleLength } from "./visible-length";

/**
 * Per network: the hard limit of the whole post as published (text, link and hashtags, counted
 * the network's way: errors) and where the feed cuts the post behind "see more" (a warning when
 * the opening paragraph does not fit before it: the rest of a post is expected to sit behind the
 * cut, but an opening that is cut hides the message). Instagram also limits hashtags.
 */
export const SOCIAL_POST_LIMITS = {
  "linkedin-post": { label: "LinkedIn post", maxLength: 3_000, seeMore: 210, seeMoreLabel: '"…see more"' },
  "instagram-post": { label: "Instagram caption", maxLength: 2_200, seeMore: 125, seeMoreLabel: '"… more"', maxHashtags: 30, recommendedHashtags: 5 },
  // X shows the whole post; its limit counts URLs as 23 and emoji/CJK as 2 (x-weighted-length.ts).
  "x-post": { label: "X post", maxLength: 280, seeMore: null, seeMoreLabel: null, urlLength: 23 },
} as const;

/**
 * How long one rewritten text may be ("Regenerate" replaces the whole post text with one passage):
 * LinkedIn and Instagram within the feed's first view; X with room for its link (23), the blank
 * lines around it and a few hashtags.
 */
export const SOCIAL_POST_REWRITE_MAX: Record<SocialPostKind, number> = {
  "linkedin-post": SOCIAL_POST_LIMITS["linkedin-post"].seeMore,
  "instagram-post": SOCIAL_POST_LIMITS["instagram-post"].seeMore,
  "x-post": 200,
};

/** The rule-id prefix of a network: "linkedin_post", "instagram_post", "x_post". */
function rulePrefix(kind: SocialPostKind): string {
  return kind.replace("-", "_");
}

// What the networks link as one hashtag: letters (with their accents), digits and underscores,
// not only digits ("#2026" is not a hashtag on any of them).
const HASHTAG = /^[\p{L}\p{M}\p{N}_]+$/u;
// Hashtags written into the text count toward Instagram's 30 too, and must be the brand's.
export const INLINE_HASHTAG = /(?<![\p{L}\p{N}_&/])#[\p{L}\p{M}\p{N}_]*[\p{L}\p{M}_][\p{L}\p{M}\p{N}_]*/gu;
const URL_IN_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/iu;

/**
 * The post's length as the network counts it. On X the attached link counts 23 whatever it is:
 * X wraps every link in t.co. It is added as that number rather than left to twitter-text, which
 * only recognises a link under a known top-level domain (a staging or ".example" host would be
 * counted letter by letter). Links typed into the text are counted by twitter-text.
 */
export function socialPostLength(post: SocialPost): number {
  if (post.kind !== "x-post") return visibleLength(composeSocialPost(post));
  const withoutLink = composeSocialPost({ ...post, link: { ...post.link, finalUrl: "" } });
  const hasLink = postLinkUrl(post.link) !== null;
  return xWeightedLength(withoutLink) + (hasLink ? SOCIAL_POST_LIMITS["x-post"].urlLength + (withoutLink === "" ? 0 : PARAGRAPH_BREAK.length) : 0);
}

/** The opening paragraph: what the feed shows first. */
export function openingParagraph(text: string): string {
  return text.trim().split(/\n\s*\n|\n/u)[0]?.trim() ?? "";
}

function checkHashtags(post: SocialPost): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  post.hashtags.forEach((tag, index) => {
    const path = `hashtags[${index}]`;
    const bare = tag.trim().replace(/^#+/, "");
    if (!HASHTAG.test(bare) || /^\p{N}+$/u.test(bare)) {
      const suggestion = bare.replace(/[^\p{L}\p{M}\p{N}_]/gu, "");
      const hint = suggestion !== "" && !/^\p{N}+$/u.test(suggestion) ? `; write ${quote(suggestion)}` : "";
      issues.push(error(path, "hashtag.format", `Hashtag ${quote(tag)} is not one the networks link: use letters, digits and underscores only, without "#" and spaces, and not only digits${hint}.`));
      return;
    }
    const key = bare.toLocaleLowerCase();
    if (seen.has(key)) issues.push(warning(path, "hashtag.duplicate", `Hashtag #${bare} appears twice; the networks count it once.`, { code: "hashtagDuplicate", params: { hashtag: bare } }));
    seen.add(key);
  });
  return issues;
}

function checkLength(post: SocialPost): ValidationIssue[] {
  const limits = SOCIAL_POST_LIMITS[post.kind];
  const prefix = rulePrefix(post.kind);
  if (post.text.text.trim() === "") return [error("text.text", `${prefix}.text.empty`, `The ${limits.label} has no text.`, { code: "fieldEmpty" })];
  const issues: ValidationIssue[] = [];
  const length = socialPostLength(post);
  if (length > limits.maxLength) {
    const how = post.kind === "x-post" ? ` as X counts it (every link 23, emoji and CJK characters 2)` : "";
    issues.push(error("text.text", `${prefix}.text.max_length`, `The ${limits.label} with its link and hashtags is ${length} characters${how}; the platform allows at most ${limits.maxLength}.`, { code: "socialTextMaxLength", params: { length, max: limits.maxLength } }));
  }
  if (limits.seeMore !== null) {
    const opening = visibleLength(openingParagraph(post.text.text));
    if (opening > limits.seeMore) {
      issues.push(
        warning("text.text", `${prefix}.text.length`, `The opening paragraph is ${opening} characters; the feed shows about ${limits.seeMore} before ${limits.seeMoreLabel}, so its end is hidden. Put the message in a shorter first paragraph.`, { code: "socialSeeMore", params: { length: opening, max: limits.seeMore, network: post.kind === "instagram-post" ? "instagram" : "linkedin" } }),
      );
    }
  }
  return issues;
}

function checkInstagram(post: Extract<SocialPost, { kind: "instagram-post" }>): ValidationIssue[] {
  const limits = SOCIAL_POST_LIMITS["instagram-post"];
  const issues: ValidationIssue[] = [];
  const inline = post.text.text.match(INLINE_HASHTAG) ?? [];
  const count = new Set([...post.hashtags.map((tag) => tag.trim().replace(/^#+/, "")), ...inline.map((tag) => tag.slice(1))].map((tag) => tag.toLocaleLowerCase()).filter((tag) => tag !== "")).size;
  if (count > limits.maxHashtags) {
    issues.push(error("hashtags", "instagram_post.hashtags.too_many", `The caption has ${count} hashtags; Instagram allows at most ${limits.maxHashtags} and drops the caption's hashtags otherwise.`, { code: "instagramHashtagsTooMany", params: { count, max: limits.maxHashtags } }));
  } else if (count > limits.recommendedHashtags) {
    issues.push(warning("hashtags", "instagram_post.hashtags.many", `The caption has ${count} hashtags; Instagram recommends 3 to ${limits.recommendedHashtags}.`, { code: "instagramHashtagsMany", params: { count, max: limits.recommendedHashtags } }));
  }
  if (URL_IN_TEXT.test(post.text.text)) {
    issues.push(warning("text.text", "instagram_post.text.link", "The caption contains a link; links in Instagram captions are not clickable. Point to the link in the bio or a story instead.", { code: "instagramLink" }));
  }
  return issues;
}

/** A social post's network rules: length as the network counts it, hashtags, the tracked link. */
export function checkSocialPost(post: SocialPost): ValidationIssue[] {
  const issues = [...checkLength(post), ...checkHashtags(post)];
  if (post.kind === "instagram-post") issues.push(...checkInstagram(post));
  else issues.push(...checkFinalUrl(post.link.finalUrl, "link.finalUrl"), ...validateUtm(post.link.utm, "link.utm"));
  return issues;
}

/** "#A, #B, #C" for messages. */
export function hashtagList(tags: readonly string[]): string {
  return hashtagLine(tags).split(" ").join(", ");
}

/**
 * Hashtags run words together ("#BilligJacke"), so a banned term is looked for inside them, not
 * as a whole word. Terms shorter than four letters only as the whole hashtag or a whole word, or
 * "Rad" would ban "#Radtour".
 */
export function hashtagContainsTerm(hashtag: string, term: string): boolean {
  const compact = (text: string) => foldForMatching(text).replace(/[^\p{L}\p{N}]/gu, "");
  const tag = compact(hashtag);
  const banned = compact(term);
  if (banned === "") return false;
  return banned.length >= 4 ? tag.includes(banned) : tag === banned || containsTerm(hashtag.replace(/^#+/, ""), term);
}
