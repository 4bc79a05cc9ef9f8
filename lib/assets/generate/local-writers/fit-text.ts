import { visibleLength } from "@/lib/assets/validate/visible-length";
import type { Language } from "@/lib/rag/text/tokenize";

/*
 * Cutting copy to a platform limit: whole words only (a half word reads as a typo and can turn
 * "20,000 mm" into a different number), and a cut that leaves "… for" or "… und" dangling drops
 * that word too, because a headline ending in a preposition reads as broken.
 */
const DANGLING_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["a", "an", "the", "and", "or", "but", "nor", "with", "without", "for", "of", "to", "in", "on", "at", "by", "from", "into", "as", "is", "are", "its", "their", "our", "your", "that", "which", "than", "per", "via",
    "any", "every", "each", "all", "this", "these", "those", "my", "his", "her", "very", "more", "most"]),
  de: new Set([
    "und", "oder", "aber", "sowie", "mit", "ohne", "für", "von", "vom", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "bei", "aus", "nach", "durch", "über", "unter",
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "ist", "sind", "als", "wie", "dass", "ab", "je", "pro", "ihr", "ihre", "ihren", "ihrem", "unser", "unsere", "unseren", "unserem",
    "jede", "jeden", "jedem", "jeder", "jedes", "alle", "allen", "aller", "kein", "keine", "keinen", "keinem", "sein", "seine", "seinen", "seinem",
    "dein", "deine", "deinen", "deinem", "diese", "dieser", "diesen", "diesem", "dieses", "sehr", "mehr", "noch",
  ]),
};

// Separators that only make sense with something after them.
const TRAILING_JOINER = /[\s,;:–—\-/&+(„"“]+$/u;

/** Collapses runs of spaces, tabs and line breaks; non-breaking spaces (as in "349 €") stay, so a price never splits from its currency. */
export function normalizeSpaces(text: string): string {
  return text.replace(/[ \t\r\n]+/g, " ").trim();
}

function lastWord(text: string): string {
  const words = text.split(" ");
  return (words[words.length - 1] ?? "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Removes what a cut leaves hanging at the end: joiners, an unclosed parenthesis, function words. */
export function tidyCutEnd(text: string, language: Language): string {
  let result = text;
  for (;;) {
    const before = result;
    result = result.replace(TRAILING_JOINER, "");
    if (count(result, "(") > count(result, ")")) result = result.slice(0, result.lastIndexOf("(")).trimEnd();
    if (result.includes(" ") && DANGLING_WORDS[language].has(lastWord(result))) result = result.slice(0, result.lastIndexOf(" "));
    if (result === before) return result;
  }
}

/**
 * The longest prefix of whole words within `max` visible characters (graphemes, as the
 * validators count). Returns "" when even the first word is too long: the caller then picks
 * another candidate rather than publishing a cut word.
 */
export function fitWords(text: string, max: number, language: Language): string {
  const clean = normalizeSpaces(text);
  if (visibleLength(clean) <= max) return clean;
  let result = "";
  for (const word of clean.split(" ")) {
    const next = result === "" ? word : `${result} ${word}`;
    if (visibleLength(next) > max) break;
    result = next;
  }
  return tidyCutEnd(result, language);
}

export function fits(text: string, max: number): boolean {
  return visibleLength(text) <= max;
}

/**
 * Greedy first fit: walks `items` in the given (ranked) order and keeps each one that still fits
 * next to those already kept, up to `limit` items. Whole sentences only; a sentence too long
 * for the space left is skipped, and a shorter one further down may take its place.
 */
export function packTexts<T extends { text: string }>(items: readonly T[], max: number, options: { separator?: string; limit?: number } = {}): T[] {
  const separator = options.separator ?? " ";
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const chosen: T[] = [];
  let length = 0;
  for (const item of items) {
    if (chosen.length >= limit) break;
    const added = visibleLength(item.text) + (chosen.length === 0 ? 0 : visibleLength(separator));
    if (length + added > max) continue;
    chosen.push(item);
    length += added;
  }
  return chosen;
}

export function capitalizeFirst(text: string): string {
  const first = text.charAt(0);
  return first.toLocaleUpperCase() + text.slice(1);
}

/** "Waterproof and light." → "Waterproof and light": headlines and clauses stand without a full stop. */
export function stripFinalPeriod(text: string): string {
  return text.replace(/[.;:,]+$/u, "").trimEnd();
}
