import { z } from "zod";
import { citedTextSchema } from "./cited-text";
import { LanguageSchema } from "./language";
import { UtmSchema } from "./utm";

/*
 * Organic social posts: LinkedIn, Instagram and X. One family with one shape (a cited text, the
 * brand's hashtags, a tracked link where the network makes links clickable), so the writer,
 * validation, preview and export share their code and differ only in per-network settings.
 * Hashtags are stored without "#": the brand's list is written that way, and "#" is how every
 * network shows them, so it is added where the post is composed (compose-post.ts).
 */

export const SOCIAL_POST_KINDS = ["linkedin-post", "instagram-post", "x-post"] as const;
export type SocialPostKind = (typeof SOCIAL_POST_KINDS)[number];

export function isSocialPostKind(kind: string): kind is SocialPostKind {
  return (SOCIAL_POST_KINDS as readonly string[]).includes(kind);
}

function hashtagsSchema(advice: string) {
  return z
    .array(z.string().describe('One hashtag without the "#", letters, digits and underscores only, e.g. "Hardshell".'))
    .describe(`Hashtags taken word for word from the brand's hashtag list in the brief (brandRules.hashtags); none when the list is empty. ${advice}`);
}

export const SocialLinkSchema = z
  .object({
    finalUrl: z.string().describe("Absolute https URL of the landing page, without UTM parameters."),
    utm: UtmSchema,
  })
  .describe("The link the post shares; the network shows it as a link card.");
export type SocialLink = z.infer<typeof SocialLinkSchema>;

export const LinkedInPostSchema = z.object({
  kind: z.enum(["linkedin-post"]).describe('Always "linkedin-post".'),
  language: LanguageSchema,
  text: citedTextSchema(
    'The post without link and hashtags: a short opening paragraph that carries the message (LinkedIn shows about 210 characters before "…see more"), then short paragraphs separated by blank lines. Post, link and hashtags together: at most 3,000 characters.',
  ),
  hashtags: hashtagsSchema("Three at most work best on LinkedIn."),
  link: SocialLinkSchema,
});
export type LinkedInPost = z.infer<typeof LinkedInPostSchema>;

export const InstagramPostSchema = z.object({
  kind: z.enum(["instagram-post"]).describe('Always "instagram-post".'),
  language: LanguageSchema,
  text: citedTextSchema(
    'The caption without hashtags: an opening line that carries the message (Instagram shows about 125 characters before "… more"), then short paragraphs. No URLs: links in captions are not clickable. Caption and hashtags together: at most 2,200 characters.',
  ),
  hashtags: hashtagsSchema("Instagram allows 30 and recommends 3 to 5."),
});
export type InstagramPost = z.infer<typeof InstagramPostSchema>;

export const XPostSchema = z.object({
  kind: z.enum(["x-post"]).describe('Always "x-post".'),
  language: LanguageSchema,
  text: citedTextSchema(
    "The post without link and hashtags. The whole post (text, link and hashtags) must stay within 280 characters as X counts them: the link counts as 23, emoji and CJK characters as 2.",
  ),
  hashtags: hashtagsSchema("One or two on X; each counts toward the 280 characters."),
  link: SocialLinkSchema,
});
export type XPost = z.infer<typeof XPostSchema>;

export type SocialPost = LinkedInPost | InstagramPost | XPost;
