import { transliterateToAscii } from "@/lib/assets/schemas/transliterate";

/**
 * Folds text for term matching: case, umlaut spelling (ä = ae), accents and Unicode
 * composition stop mattering, so "GRÖSSE", "Größe" and "groesse" are the same word.
 * Trade-off: German "Masse" and "Maße" fold together.
 */
export function foldForMatching(text: string): string {
  return transliterateToAscii(text).toLowerCase();
}

/*
 * German and English inflection endings a term may carry: "billig" also matches "billige",
 * "billigen", "billigster"; "guarantee" matches "guaranteed". A suffix allow-list rather than a
 * bare prefix match, so "Rad" does not match "Radio". Compounds ("Billigjacke") are not matched:
 * list them as their own terms.
 */
const INFLECTION_SUFFIXES = ["sten", "stem", "ster", "stes", "erem", "eren", "erer", "eres", "ing", "ste", "ere", "em", "en", "er", "es", "st", "ed", "e", "n", "s", "d"];
const INFLECTION = `(?:${INFLECTION_SUFFIXES.join("|")})?`;

// Brand rules are checked against every field of every asset; compiling once per term matters.
// Bounded because terms come from all workspaces of a long-running server.
const cache = new Map<string, RegExp | null>();
const CACHE_LIMIT = 2000;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word, case-insensitive, umlaut-aware pattern; multi-word terms allow any whitespace between words. */
export function termPattern(term: string): RegExp | null {
  const cached = cache.get(term);
  if (cached !== undefined) return cached;
  const words = foldForMatching(term).trim().split(/\s+/).filter((word) => word !== "");
  const first = words[0];
  const last = words[words.length - 1];
  let pattern: RegExp | null = null;
  if (first !== undefined && last !== undefined) {
    const body = words.map((word) => escapeRegExp(word) + (/\p{L}$/u.test(word) ? INFLECTION : "")).join("\\s+");
    // Boundaries only where the term starts or ends with a letter or digit: "#1" or "100 %" have no word edge there.
    const start = /^[\p{L}\p{N}]/u.test(first) ? "(?<![\\p{L}\\p{N}])" : "";
    const end = /[\p{L}\p{N}]$/u.test(last) ? "(?![\\p{L}\\p{N}])" : "";
    pattern = new RegExp(`${start}${body}${end}`, "u");
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(term, pattern);
  return pattern;
}

export function containsTerm(text: string, term: string): boolean {
  const pattern = termPattern(term);
  return pattern !== null && pattern.test(foldForMatching(text));
}
