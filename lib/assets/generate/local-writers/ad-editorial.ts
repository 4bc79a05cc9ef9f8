import { DEFAULT_ALLOWED_ABBREVIATIONS } from "@/lib/assets/validate/abbreviations";
import {
  countExclamationMarks,
  findAllCapsWords,
  findDecorativeSymbols,
  findEmoji,
  findLetterSubstitutions,
  findRepeatedPunctuation,
} from "@/lib/assets/validate/ad-text-lint";

const ALLOWED_CAPS: ReadonlySet<string> = new Set(DEFAULT_ALLOWED_ABBREVIATIONS.map((word) => word.toUpperCase()));

/**
 * Google's editorial rules as a filter on candidates, using the validator's own detectors: a
 * source sentence with "!!", a shouted word or an emoji is skipped rather than published and
 * disapproved. Headlines may not contain "!" at all.
 */
export function passesAdEditorial(text: string, options: { headline: boolean }): boolean {
  return (
    findRepeatedPunctuation(text).length === 0 &&
    findAllCapsWords(text, ALLOWED_CAPS).length === 0 &&
    findLetterSubstitutions(text).length === 0 &&
    findEmoji(text).length === 0 &&
    findDecorativeSymbols(text).length === 0 &&
    (!options.headline || countExclamationMarks(text) === 0)
  );
}

/** Google allows one "!" per ad; a source sentence's exclamation becomes a full stop. */
export function calmExclamations(text: string): string {
  return text.replace(/[!！]/g, ".");
}
