import * as twitterText from "twitter-text";

// twitter-text's ESM build (what Next's bundler picks) exports one default object and no named
// exports, while its CommonJS build (Node, vitest) is that object itself: a named import breaks
// `next build` ("Export parseTweet doesn't exist"). Read it from the default when there is one.
const { parseTweet } = (twitterText as typeof twitterText & { default?: typeof twitterText }).default ?? twitterText;

/**
 * A post's length as X counts it (twitter-text, X's own library): every URL is 23 characters
 * whatever its length (t.co wraps it), emoji and CJK characters count 2, most other scripts 1.
 * A visible-character count would pass a post X rejects, or reject one with a long tracked link.
 */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}
