import { parseTweet } from "twitter-text";

/**
 * A post's length as X counts it (twitter-text, X's own library): every URL is 23 characters
 * whatever its length (t.co wraps it), emoji and CJK characters count 2, most other scripts 1.
 * A visible-character count would pass a post X rejects, or reject one with a long tracked link.
 */
export function xWeightedLength(text: string): number {
  return parseTweet(text).weightedLength;
}
