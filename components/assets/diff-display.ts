import type { DiffPart } from "@/lib/review/diff-versions";

/** Words added and removed in one field's diff, for a summary next to its label ("+3 / −1 words"). */
export function countChangedWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    const words = part.value.split(/\s+/).filter(Boolean).length;
    if (part.change === "added") added += words;
    if (part.change === "removed") removed += words;
  }
  return { added, removed };
}

/**
 * The values of `assets.diff.wordChanges` ("+3 / −1 words", or "whitespace only" when the words are the same):
 * `whitespace` is "true"/"false" for the message's select, `total` drives its plural.
 */
export function describeWordChanges(parts: readonly DiffPart[]): { whitespace: "true" | "false"; added: number; removed: number; total: number } {
  const { added, removed } = countChangedWords(parts);
  return { whitespace: added === 0 && removed === 0 ? "true" : "false", added, removed, total: added + removed };
}

/**
 * The pair of versions to compare first: the one before the current and the current, or the
 * viewed version against the current when an older one is open.
 */
export function defaultComparison(versions: readonly number[], viewed: number, current: number): { from: number; to: number } | null {
  const sorted = [...versions].sort((a, b) => a - b);
  if (sorted.length < 2) return null;
  if (viewed !== current) return { from: viewed, to: current };
  const index = sorted.indexOf(current);
  return { from: sorted[Math.max(0, index - 1)] ?? sorted[0]!, to: current };
}
