import "server-only";
import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import * as zxcvbnEn from "@zxcvbn-ts/language-en";
import * as zxcvbnDe from "@zxcvbn-ts/language-de";

/*
 * zxcvbn with a bounded cost. The new-password check runs on input from forms that are reachable
 * without an account (first-run setup, invitation and reset links), so one request must not be able
 * to block the event loop. Measured with @zxcvbn-ts/core 4.2 defaults: "1qaz2wsx".repeat(32) took
 * 2-4 s, and even its first 100 characters still took over a second, because the l33t matcher
 * dictionary-matches up to 100 substituted variants of the whole input.
 *
 * - Only the first MAX_SCORED_LENGTH characters are scored: a longer password is long enough that
 *   its beginning decides how guessable it is (a weak first 100 characters is still refused).
 * - At most L33T_VARIANTS substituted variants are tried. Common l33t passwords ("P@ssw0rd1234",
 *   "p4ssw0rd2024!") need one or two and are still refused; the cap only cuts the combinatorial tail.
 */
const MAX_SCORED_LENGTH = 100;
const L33T_VARIANTS = 10;

let factory: ZxcvbnFactory | undefined;
function getFactory(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary, ...zxcvbnDe.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
    translations: zxcvbnEn.translations,
    l33tMaxSubstitutions: L33T_VARIANTS,
  });
  return factory;
}

/** zxcvbn's verdict on a password (English and German dictionaries plus the person's own words). */
export function scoreGuessability(password: string, userInputs: string[]): ZxcvbnResult {
  return getFactory().check(password.slice(0, MAX_SCORED_LENGTH), userInputs);
}

/**
 * The key of an English feedback sentence ("warnings_straightRow", "suggestions_useWords"), which the
 * `account.passwordTooGuessable` message selects on, so the hint reads in the member's language.
 */
export function guessabilityFeedbackKey(text: string): string {
  for (const group of ["warnings", "suggestions"] as const) {
    const entry = Object.entries(zxcvbnEn.translations[group]).find(([, sentence]) => sentence === text);
    if (entry) return `${group}_${entry[0]}`;
  }
  return "none";
}
