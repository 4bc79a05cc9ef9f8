import type { CitedText } from "@/lib/assets/schemas/cited-text";

/** A bit of copy and the chunks its facts come from; templates join pieces and their citations. */
export type CitedPiece = CitedText;

export function piece(text: string, citations: readonly string[]): CitedPiece {
  return { text, citations: [...citations] };
}

/** Citations in first-seen order without repeats, so equal inputs give equal output. */
export function mergeCitations(...lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}

/** Joins pieces with `separator`, skipping empty ones, and unites their citations. */
export function joinPieces(pieces: readonly (CitedPiece | null | undefined)[], separator = " "): CitedPiece {
  const present = pieces.filter((p): p is CitedPiece => p !== null && p !== undefined && p.text.trim() !== "");
  return { text: present.map((p) => p.text).join(separator), citations: mergeCitations(...present.map((p) => p.citations)) };
}

export const EMPTY_TEXT: CitedText = { text: "", citations: [] };
