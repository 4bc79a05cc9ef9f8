const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Characters as a person counts them: grapheme clusters, not UTF-16 code units. "ü" is one
 * character whether composed (U+00FC) or decomposed (u + U+0308), and 👍🏽 is one, not four. Ad
 * platforms count this way for Latin text; String#length would reject valid German headlines.
 */
export function visibleLength(text: string): number {
  let count = 0;
  for (const _segment of graphemes.segment(text)) count += 1;
  return count;
}
