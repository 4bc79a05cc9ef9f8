/** A sentence (or line, or list item) of a text, with its offsets in that text. */
export type TextSpan = { start: number; end: number; text: string };

// A boundary: end punctuation (optionally closing quotes/brackets) then whitespace before
// something that can start a sentence; or any line break. A colon does not end a sentence:
// "New instructions: …" and "Key message: …" stay whole. Abbreviations followed by a
// lower-case word ("z. B. eine", "e.g. the") do not split; a few that precede capitals might,
// which only makes a quarantined span smaller.
const BOUNDARY = /(?<=[.!?…])["'”’»)\]]*[ \t]+(?=[\p{Lu}\p{N}"'“„«(\[<#*•–-])|\n+/gu;

/** Sentences of `text` with their offsets; empty pieces are skipped. */
export function splitSentences(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: start + leading, end: start + leading + trimmed.length, text: trimmed });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(match.index);
    start = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}
