/**
 * Sentences and words of ad copy. Every field is at least one sentence of its own: headlines and
 * list items carry no full stop, and reading one field into the next would make long "sentences"
 * out of short texts.
 */
export function sentencesOf(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    text
      .split(/(?<=[.!?…])\s+|\n+/u)
      .map((sentence) => sentence.trim())
      .filter((sentence) => wordsOf(sentence).length > 0),
  );
}

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/[-'’]+$/u, ""));
}

/** The start of a sentence for a message, so a marketer finds it without the whole text quoted. */
export function excerpt(text: string, words = 8): string {
  const parts = text.trim().split(/\s+/);
  return parts.length <= words ? text.trim() : `${parts.slice(0, words).join(" ")} …`;
}
