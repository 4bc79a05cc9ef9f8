import { describe, expect, it } from "vitest";
import type { SocialPost } from "@/lib/assets/schemas/social-post";
import { composeSocialPost } from "@/lib/assets/social/compose-post";
import { checkSocialPost, socialPostLength } from "./social-post";
import { visibleLength } from "./visible-length";
import { cited, instagramPost, linkedInPost, textOfLength, xPost } from "@/lib/testing/assets/validate-fixtures";

const summary = (post: SocialPost) => checkSocialPost(post).map((issue) => `${issue.severity}:${issue.rule}@${issue.path}`);

/** A text whose opening fits before "see more", padded so the composed post is exactly `total` characters. */
function postOfLength<P extends SocialPost>(post: P, total: number): P {
  const opening = "Opening line.\n\n";
  const rest = visibleLength(composeSocialPost({ ...post, text: cited("") }));
  const padding = total - rest - 2 - visibleLength(opening);
  return { ...post, text: cited(opening + textOfLength(padding)) };
}

const LONG_URL = `https://shop.example/en/${"a-very-long-landing-page-path/".repeat(5)}fjell`;

describe("checkSocialPost: LinkedIn", () => {
  it("accepts the fixture post", () => {
    expect(summary(linkedInPost())).toEqual([]);
  });

  it.each([
    [3_000, []],
    [3_001, ["error:linkedin_post.text.max_length@text.text"]],
  ])("post of %i characters with link and hashtags", (total, expected) => {
    const post = postOfLength(linkedInPost(), total);
    expect(visibleLength(composeSocialPost(post))).toBe(total);
    expect(summary(post)).toEqual(expected);
  });

  it.each([
    [210, []],
    [211, ["warning:linkedin_post.text.length@text.text"]],
  ])("opening paragraph of %i characters", (length, expected) => {
    expect(summary(linkedInPost({ text: cited(`${textOfLength(length)}\n\nMore below the cut.`) }))).toEqual(expected);
  });

  it("names the limit, the length and what is counted", () => {
    const [issue] = checkSocialPost(postOfLength(linkedInPost(), 3_001));
    expect(issue?.message).toBe("The LinkedIn post with its link and hashtags is 3001 characters; the platform allows at most 3000.");
  });

  it("checks the link and its UTM parameters under link.*", () => {
    const post = linkedInPost({ link: { finalUrl: "/fjell", utm: { source: "LinkedIn", medium: "social", campaign: "fjell", content: null, term: null } } });
    expect(summary(post)).toEqual(["error:final_url.invalid@link.finalUrl", "error:utm.source.format@link.utm.source"]);
  });

  it("reports an empty post", () => {
    expect(summary(linkedInPost({ text: cited("  ") }))).toEqual(["error:linkedin_post.text.empty@text.text"]);
  });
});

describe("checkSocialPost: Instagram", () => {
  it("accepts the fixture caption", () => {
    expect(summary(instagramPost())).toEqual([]);
  });

  it.each([
    [2_200, []],
    [2_201, ["error:instagram_post.text.max_length@text.text"]],
  ])("caption of %i characters with hashtags", (total, expected) => {
    const post = postOfLength(instagramPost(), total);
    expect(visibleLength(composeSocialPost(post))).toBe(total);
    expect(summary(post)).toEqual(expected);
  });

  it.each([
    [125, []],
    [126, ["warning:instagram_post.text.length@text.text"]],
  ])("opening line of %i characters", (length, expected) => {
    expect(summary(instagramPost({ text: cited(`${textOfLength(length)}\nMehr darunter.`) }))).toEqual(expected);
  });

  const tags = (count: number) => Array.from({ length: count }, (_, index) => `Tag${index + 1}`);
  it.each([
    [5, []],
    [6, ["warning:instagram_post.hashtags.many@hashtags"]],
    [30, ["warning:instagram_post.hashtags.many@hashtags"]],
    [31, ["error:instagram_post.hashtags.too_many@hashtags"]],
  ])("%i hashtags", (count, expected) => {
    expect(summary(instagramPost({ hashtags: tags(count) }))).toEqual(expected);
  });

  it("counts hashtags written into the caption toward the 30, each once", () => {
    const inline = instagramPost({ text: cited("Die Fjell wiegt 350 g. #Tag30 #Extra"), hashtags: tags(30) });
    expect(summary(inline)).toEqual(["error:instagram_post.hashtags.too_many@hashtags"]);
    expect(checkSocialPost(inline)[0]?.message).toMatch(/has 31 hashtags; Instagram allows at most 30/);
  });

  it("warns that a link in a caption is not clickable", () => {
    expect(summary(instagramPost({ text: cited("Die Fjell wiegt 350 g. Mehr unter https://shop.example/fjell") }))).toEqual(["warning:instagram_post.text.link@text.text"]);
  });
});

describe("checkSocialPost: X", () => {
  // Text, blank line, link (23 however long), blank line, "#Fjell" (6): 280 leaves 247 for the text.
  const withLongLink = (text: string, hashtags = ["Fjell"]) => xPost({ text: cited(text), hashtags, link: { ...xPost().link, finalUrl: LONG_URL } });

  it("accepts the fixture post", () => {
    expect(summary(xPost())).toEqual([]);
  });

  it.each([
    [247, 280, []],
    [248, 281, ["error:x_post.text.max_length@text.text"]],
  ])("text of %i characters with a long link counted as 23 (%i in all)", (length, total, expected) => {
    const post = withLongLink(textOfLength(length));
    expect(visibleLength(composeSocialPost(post))).toBeGreaterThan(total + 100);
    expect(socialPostLength(post)).toBe(total);
    expect(summary(post)).toEqual(expected);
  });

  it("counts hashtags toward the 280", () => {
    expect(summary(withLongLink(textOfLength(247), ["Fjell"]))).toEqual([]);
    expect(summary(withLongLink(textOfLength(247), ["Fjell", "A"]))).toEqual(["error:x_post.text.max_length@text.text"]);
  });

  it("counts CJK characters and emoji as 2", () => {
    // 123 × 2 + 33 = 279; one more character is 281.
    expect(socialPostLength(withLongLink("日".repeat(123)))).toBe(279);
    expect(summary(withLongLink("日".repeat(124)))).toEqual(["error:x_post.text.max_length@text.text"]);
    expect(socialPostLength(withLongLink(`${textOfLength(245)}👍`))).toBe(280);
  });

  it("counts a link typed into the text as 23 too", () => {
    const typed = withLongLink(`${textOfLength(200)} https://www.nordlicht-outdoor.com/${"x".repeat(80)}`, []);
    // 200 + space + 23, blank line, attached link 23.
    expect(socialPostLength(typed)).toBe(200 + 1 + 23 + 2 + 23);
  });

  it("says how X counts in the message", () => {
    expect(checkSocialPost(withLongLink(textOfLength(248)))[0]?.message).toBe(
      "The X post with its link and hashtags is 281 characters as X counts it (every link 23, emoji and CJK characters 2); the platform allows at most 280.",
    );
  });
});

describe("checkSocialPost: hashtags", () => {
  it.each([
    ["Rain Jacket", "error:hashtag.format@hashtags[0]"],
    ["Fjell!", "error:hashtag.format@hashtags[0]"],
    ["2026", "error:hashtag.format@hashtags[0]"],
  ])("refuses %j, which no network links as one hashtag", (tag, expected) => {
    expect(summary(linkedInPost({ hashtags: [tag] }))).toEqual([expected]);
  });

  it("suggests the linkable spelling", () => {
    expect(checkSocialPost(linkedInPost({ hashtags: ["Rain-Jacket"] }))[0]?.message).toMatch(/write "RainJacket"/);
  });

  it("accepts letters with accents, digits and underscores", () => {
    expect(summary(linkedInPost({ hashtags: ["Wassersäule", "Fjell3L", "rain_jacket"] }))).toEqual([]);
  });

  it("warns about a hashtag repeated in another case", () => {
    expect(summary(linkedInPost({ hashtags: ["Fjell", "fjell"] }))).toEqual(["warning:hashtag.duplicate@hashtags[1]"]);
  });
});
