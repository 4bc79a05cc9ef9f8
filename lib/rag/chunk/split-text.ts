import { countTokens } from "@/lib/rag/text/tokenize";

type Piece = { start: number; end: number; tokens: number; endsSentence: boolean };

export type WindowOptions = {
  maxTokens: number;
  /** Tokens repeated from the end of one window at the start of the next (at most). */
  overlapTokens: number;
  /** A different budget for the first window (room left after a product's facts). */
  firstMaxTokens?: number;
};

// A sentence ends with . ! ? … (optionally followed by closing quotes or brackets).
const SENTENCE_END = /[.!?…]["'»«“”‘’)\]]*$/u;

/** Whitespace-separated pieces, each at most `limit` tokens (a giant URL is cut into parts). */
function toPieces(text: string, limit: number): Piece[] {
  const pieces: Piece[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const start = match.index;
    const end = start + match[0].length;
    const followedByNewline = /^[^\S\n]*\n/.test(text.slice(end, end + 8));
    const endsSentence = SENTENCE_END.test(match[0]) || followedByNewline;
    const tokens = countTokens(match[0]);
    if (tokens <= limit) pieces.push({ start, end, tokens, endsSentence });
    else pieces.push(...cutOversized(text, start, end, limit, endsSentence));
  }
  return pieces;
}

function cutOversized(text: string, start: number, end: number, limit: number, endsSentence: boolean): Piece[] {
  const parts: Piece[] = [];
  let offset = start;
  while (offset < end) {
    let length = Math.min(end - offset, limit * 6);
    while (length > 1 && countTokens(text.slice(offset, offset + length)) > limit) length = Math.ceil(length / 2);
    // Never cut between the two halves of a surrogate pair (emoji, rare CJK).
    if (offset + length < end && /[\uDC00-\uDFFF]/.test(text[offset + length] ?? "")) length = Math.max(1, length - 1);
    const partEnd = offset + length;
    parts.push({ start: offset, end: partEnd, tokens: countTokens(text.slice(offset, partEnd)), endsSentence: partEnd === end && endsSentence });
    offset = partEnd;
  }
  return parts;
}

function sumTokens(pieces: Piece[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i < to; i++) sum += pieces[i]?.tokens ?? 0;
  return sum;
}

/**
 * Cuts a text into windows of at most `maxTokens`, preferring sentence ends and line breaks
 * (word boundaries otherwise); consecutive windows share up to `overlapTokens` so a fact that
 * straddles a cut is still whole in one of them. Windows are exact slices of `text`.
 */
export function splitIntoWindows(text: string, options: WindowOptions): string[] {
  const firstMax = options.firstMaxTokens ?? options.maxTokens;
  const pieces = toPieces(text, Math.max(1, Math.min(firstMax, options.maxTokens)));
  const windows: string[] = [];
  let start = 0;
  while (start < pieces.length) {
    const budget = windows.length === 0 ? firstMax : options.maxTokens;
    let end = start;
    let used = 0;
    while (end < pieces.length && used + (pieces[end]?.tokens ?? 0) <= budget) used += pieces[end++]?.tokens ?? 0;
    end = Math.max(end, start + 1);
    if (end < pieces.length) {
      // Back up to the last sentence end, unless that would waste more than half the budget.
      for (let k = end - 1; k > start; k--) {
        if (pieces[k]?.endsSentence && sumTokens(pieces, start, k + 1) >= budget / 2) {
          end = k + 1;
          break;
        }
      }
    }
    windows.push(text.slice(pieces[start]?.start ?? 0, pieces[end - 1]?.end ?? text.length));
    if (end >= pieces.length) break;

    let next = end;
    let overlap = 0;
    while (next - 1 > start && overlap + (pieces[next - 1]?.tokens ?? 0) <= options.overlapTokens) overlap += pieces[--next]?.tokens ?? 0;
    // Within the overlap, start at a sentence beginning if there is one.
    for (let k = next; k < end; k++) {
      if (k > 0 && pieces[k - 1]?.endsSentence) {
        next = k;
        break;
      }
    }
    start = Math.max(next, start + 1);
  }
  return windows;
}
