import { buildUtmUrl } from "@/lib/assets/schemas/utm";
import type { SocialLink, SocialPost } from "@/lib/assets/schemas/social-post";
import { isAbsoluteHttpUrl } from "@/lib/assets/validate/url";

/*
 * The post as it is published: the text, then the tracked link on its own line (LinkedIn and X
 * turn it into a link card), then the hashtags. Length limits, the preview and the text export all
 * read this one composition, so what is counted is what is posted.
 */

/** Between the text, the link and the hashtags. */
export const PARAGRAPH_BREAK = "\n\n";

/** "#Nordlicht #Hardshell": the stored hashtags (without "#") as they appear in a post. */
export function hashtagLine(hashtags: readonly string[]): string {
  return hashtags
    .map((tag) => tag.trim().replace(/^#+/, ""))
    .filter((tag) => tag !== "")
    .map((tag) => `#${tag}`)
    .join(" ");
}

/** The link with its UTM parameters, or null when the post has none or its URL is not absolute. */
export function postLinkUrl(link: SocialLink | null | undefined): string | null {
  if (!link || !isAbsoluteHttpUrl(link.finalUrl)) return null;
  try {
    return buildUtmUrl(link.finalUrl, link.utm);
  } catch {
    return null;
  }
}

export function socialPostLink(post: SocialPost): SocialLink | null {
  return "link" in post ? post.link : null;
}

/** The whole post: text, link and hashtags, each block separated by a blank line. */
export function composeSocialPost(post: SocialPost): string {
  const url = postLinkUrl(socialPostLink(post));
  return [post.text.text.trim(), url ?? "", hashtagLine(post.hashtags)].filter((block) => block !== "").join(PARAGRAPH_BREAK);
}
