import type { BannedTerm, PreferredTerm } from "@/lib/assets/schemas/brand-rules";

/*
 * Banned terms and preferred pairs as guides write them: "avoid → use", "not X but Y",
 * "nicht X, sondern Y", "Y statt X", "instead of X, say Y", "use Y, not X", "Y (not X)";
 * banned items as "term – reason", "term (reason)", or quoted terms inside a sentence.
 */

const MAX_TERM_WORDS = 4;
const QUOTED = /["„“”»«‚‘]([^"„“”»«‚‘’]{1,60})["“”«»‘’]/gu;
const LANGUAGE_MARKER = /^\(?\b(DE|EN|de|en)\b\)?\s*[:|]\s*/u;

export function stripLanguageMarker(text: string): { text: string; language: "de" | "en" | null } {
  const match = LANGUAGE_MARKER.exec(text);
  return match ? { text: text.slice(match[0].length), language: match[1]!.toLowerCase() as "de" | "en" } : { text, language: null };
}

/** A term as the rule stores it: no quotes, no trailing punctuation, no "say"/"use" lead-in. */
export function cleanTerm(text: string): string {
  return text
    .replace(/^[\s"„“”»«‚‘’']+|[\s"„“”»«‚‘’'.,;:!]+$/gu, "")
    .replace(/^(?:say|use|write|sagen wir|schreiben wir|lieber|sondern|but|we say|wir sagen)\s+/iu, "")
    .replace(/^[\s"„“”»«‚‘’']+|[\s"„“”»«‚‘’'.,;:!]+$/gu, "")
    .trim();
}

function isTerm(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > 0 && words.length <= MAX_TERM_WORDS && /\p{L}/u.test(text);
}

type Pair = { avoid: string; use: string };

const PAIR_PATTERNS: { pattern: RegExp; read: (m: RegExpExecArray) => Pair }[] = [
  { pattern: /^(.+?)\s*(?:→|->|=>|⇒|➔|➜)\s*(.+)$/u, read: (m) => ({ avoid: m[1]!, use: m[2]! }) },
  { pattern: /^(?:instead of|statt|anstatt|anstelle von)\s+(.+?)\s*[,:;–-]\s*(.+)$/iu, read: (m) => ({ avoid: m[1]!, use: m[2]! }) },
  { pattern: /^(?:avoid|vermeide|vermeiden)\s+(.+?)\s*[,;:–-]\s*(?:use|say|write|besser|lieber|stattdessen)\s+(.+)$/iu, read: (m) => ({ avoid: m[1]!, use: m[2]! }) },
  { pattern: /^(?:use|say|write)\s+(.+?),?\s+not\s+(.+)$/iu, read: (m) => ({ use: m[1]!, avoid: m[2]! }) },
  { pattern: /^(?:not|nicht)\s+(.+?),?\s+(?:but|sondern)\s+(.+)$/iu, read: (m) => ({ avoid: m[1]!, use: m[2]! }) },
  { pattern: /^(.+?)\s*\((?:not|nicht)\s+(.+?)\)\.?$/iu, read: (m) => ({ use: m[1]!, avoid: m[2]! }) },
  { pattern: /^(.+?)\s+(?:statt|anstatt|anstelle von|instead of|rather than)\s+(.+)$/iu, read: (m) => ({ use: m[1]!, avoid: m[2]! }) },
  { pattern: /^(.+?),\s*(?:not|nicht)\s+(.+)$/iu, read: (m) => ({ use: m[1]!, avoid: m[2]! }) },
];

/** A preferred pair written in one of the guide forms above, or null. */
export function readTermPair(line: string): Pair | null {
  for (const { pattern, read } of PAIR_PATTERNS) {
    const match = pattern.exec(line.trim());
    if (!match) continue;
    const pair = read(match);
    // "Rucksack statt Tasche (gilt nur für Rucksäcke)": an explanation after the pair is not part of it.
    const avoid = cleanTerm(pair.avoid.replace(/\s*\(.*\)[.!]?\s*$/u, ""));
    const use = cleanTerm(pair.use.replace(/\s*\(.*\)[.!]?\s*$/u, ""));
    if (isTerm(avoid) && isTerm(use) && avoid.toLocaleLowerCase() !== use.toLocaleLowerCase()) return { avoid, use };
  }
  return null;
}

export function readPreferredTerm(line: string, language: "de" | "en" | null): PreferredTerm | null {
  const marked = stripLanguageMarker(line);
  const pair = readTermPair(marked.text);
  return pair ? { ...pair, language: marked.language ?? language } : null;
}

/**
 * Banned terms in one list item: quoted terms when the item is a sentence ("No health claims such
 * as "heals" or "cures""), else the terms before a dash, colon or bracket, split at "/" and ",";
 * what follows is the reason. A long item without quotes is an explanation, not a term.
 */
export function readBannedTerms(line: string, language: "de" | "en" | null): BannedTerm[] {
  const marked = stripLanguageMarker(line);
  const text = marked.text.trim();
  const lang = marked.language ?? language;
  const quoted = [...text.matchAll(QUOTED)].map((m) => cleanTerm(m[1]!)).filter(isTerm);
  if (quoted.length > 0) {
    const reason = text.replace(QUOTED, "").replace(/\s+/g, " ").trim();
    return quoted.map((term) => ({ term, reason: quoted.length === 1 && reason.split(/\s+/).length > 2 ? cleanReason(reason) : null, language: lang }));
  }
  const split = /^(.+?)(?:\s+[–—-]\s+|:\s+|\s*\(|\s+because\s+|\s+weil\s+)(.*)$/u.exec(text);
  const termPart = split ? split[1]! : text;
  const reason = split ? cleanReason(split[2]!) : null;
  const terms = termPart.split(/\s*(?:\/|,|;|\bor\b|\boder\b)\s*/u).map(cleanTerm).filter(Boolean);
  if (terms.length === 0 || !terms.every(isTerm)) return [];
  return terms.map((term) => ({ term, reason, language: lang }));
}

function cleanReason(text: string): string | null {
  const reason = text.replace(/^[\s(–—-]+|[\s)]+$/gu, "").trim();
  return reason === "" ? null : reason;
}
