import type { AssetKind } from "@/lib/assets/schemas/asset";
import type { RequiredDisclaimer } from "@/lib/assets/schemas/brand-rules";
import { containsTerm } from "@/lib/assets/validate/term-match";
import { compileLinearPattern, type LinearPattern } from "./linear-regex";

/** What is known about an asset before its copy is written: enough for every condition but the pattern. */
export type DisclaimerSituation = {
  kind: AssetKind;
  language: "de" | "en" | null;
  /** The product's category path ("Outdoor > Schlafsäcke"); null for a page about a topic. */
  category: string | null;
};

/** The asset kind, language and product-category conditions of one disclaimer. */
export function disclaimerSituationHolds(disclaimer: RequiredDisclaimer, situation: DisclaimerSituation): boolean {
  if (disclaimer.text.trim() === "") return false;
  if (disclaimer.channel !== null && disclaimer.channel !== situation.kind) return false;
  if (disclaimer.language && situation.language && disclaimer.language !== situation.language) return false;
  const categories = (disclaimer.categories ?? []).filter((category) => category.trim() !== "");
  // A category condition needs a product in that category: a topic page has none, so it never holds.
  if (categories.length > 0 && (situation.category === null || !categories.some((category) => categoryMatches(situation.category!, category)))) return false;
  return true;
}

/**
 * "Schlafsäcke" in the path "Outdoor > Schlafsäcke" matches the rule's "Schlafsäcke" and its
 * inflected "Schlafsäcken" ("nur bei Schlafsäcken"): whole words, either way round.
 */
export function categoryMatches(path: string, category: string): boolean {
  if (containsTerm(path, category)) return true;
  return path
    .split(/[>›/|,]/u)
    .map((segment) => segment.trim())
    .some((segment) => segment !== "" && containsTerm(category, segment));
}

export function hasPatternCondition(disclaimer: RequiredDisclaimer): boolean {
  return (disclaimer.pattern ?? "").trim() !== "";
}

const compiled = new Map<string, LinearPattern | null>();
const CACHE_LIMIT = 500;

/** Longer patterns are not what a "when the copy states …" condition needs, and cost more to run. */
export const MAX_DISCLAIMER_PATTERN_LENGTH = 200;

/**
 * The pattern as a case-insensitive regular expression that matches in linear time
 * (linear-regex.ts); null when it does not compile (lookaround, backreferences, a syntax error)
 * or is overlong.
 */
export function compileDisclaimerPattern(pattern: string): LinearPattern | null {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex = pattern.length > MAX_DISCLAIMER_PATTERN_LENGTH ? null : compileLinearPattern(pattern);
    if (compiled.size >= CACHE_LIMIT) compiled.clear();
    compiled.set(pattern, regex);
  }
  return regex;
}

/**
 * Whether the copy states what the pattern describes. `copy` must not contain the disclaimers
 * themselves (see withoutDisclaimers): a note naming "Wassersäule" would otherwise trigger itself.
 * A pattern that is not a valid regular expression is matched as a plain term, so a rule an admin
 * typed as words ("Wassersäule") still works.
 */
export function disclaimerPatternHolds(disclaimer: RequiredDisclaimer, copy: string): boolean {
  const pattern = (disclaimer.pattern ?? "").trim();
  if (pattern === "") return true;
  const regex = compileDisclaimerPattern(pattern);
  return regex ? regex.test(copy) : containsTerm(copy, pattern);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The copy with every occurrence of the given disclaimer texts removed (case and spacing ignored). */
export function withoutDisclaimers(copy: string, disclaimerTexts: readonly string[]): string {
  let result = copy;
  for (const text of disclaimerTexts) {
    const words = text.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    result = result.replace(new RegExp(words.map(escapeRegExp).join("\\s+"), "giu"), " ");
  }
  return result;
}
