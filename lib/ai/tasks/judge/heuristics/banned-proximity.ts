import { containsTerm, foldForMatching } from "@/lib/assets/validate/term-match";
import type { JudgeCheck, JudgeInput } from "../schema";

/**
 * Near-misses of banned terms: spellings the whole-word brand rule does not catch but a reader
 * takes for the banned word ("world class" for "world-class", "Billigjacke" for "billig",
 * "garanteed" for "guaranteed"). Exact uses are the brand rule's business, not repeated here.
 */
export function checkBannedProximity(input: JudgeInput): JudgeCheck | null {
  const terms = input.bannedTerms.map((term) => term.trim()).filter((term) => term.length >= 4);
  if (terms.length === 0) return null;
  const hits: string[] = [];
  for (const field of input.fields) {
    const tokens = field.text.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
    for (const term of terms) {
      const termWords = term.split(/[\s-]+/).length;
      const wanted = squash(term);
      for (let start = 0; start < tokens.length; start++) {
        // A hyphenated term can be written as one word, two, or with the hyphen.
        for (const size of new Set([termWords, 1, Math.max(1, termWords - 1)])) {
          const window = tokens.slice(start, start + size).join(" ");
          if (window === "" || containsTerm(window, term)) continue;
          if (isNearMiss(squash(window), wanted)) hits.push(`"${window}" (near "${term}", ${field.label})`);
        }
      }
    }
  }
  const unique = [...new Set(hits)];
  const label = "Near-misses of banned terms";
  if (unique.length === 0) return { id: "banned_proximity", label, passed: true, reason: "No word comes close to a banned term." };
  return { id: "banned_proximity", label, passed: false, reason: `Close to a banned term: ${unique.slice(0, 4).join("; ")}.` };
}

function squash(text: string): string {
  return foldForMatching(text).replace(/[\s-]+/g, "");
}

function isNearMiss(candidate: string, term: string): boolean {
  if (candidate === term) return true;
  // Compounds: the banned word inside a longer word ("Billigjacke"). Short terms would match
  // unrelated words ("beste" in "bestellen"), so only from six letters.
  if (term.length >= 6 && candidate.length > term.length && candidate.includes(term)) return true;
  // One typo from seven letters, two from ten: shorter words have too many real neighbours
  // ("beste" and "feste").
  const allowed = term.length >= 10 ? 2 : term.length >= 7 ? 1 : 0;
  return allowed > 0 && Math.abs(candidate.length - term.length) <= allowed && editDistance(candidate, term) <= allowed;
}

/** Levenshtein distance (two rows); inputs are single words or short phrases. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
