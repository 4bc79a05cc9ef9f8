import "server-only";
import type { ErrorMessage } from "@/lib/errors";
import { renderEnglishErrorMessage } from "@/lib/i18n/error-messages";
import { PASSWORD_MIN_LENGTH } from "./password";
import { guessabilityFeedbackKey, scoreGuessability } from "./password-guessability";

/**
 * What a new password must pass (NIST SP 800-63B: length over composition rules, and a check
 * against common, breached-pattern passwords). zxcvbn scores guessability with dictionaries of
 * common passwords, names and words in English and German, keyboard walks, dates and repeats,
 * and the person's own email and name. Score 3 ("safely unguessable") is required.
 */
const MIN_SCORE = 3;
const MAX_LENGTH = 256;

/**
 * The person's own words for zxcvbn: email, its local part and name whole, each word of the name
 * and local part (split on non-letters), and those words run together in either order. Whole,
 * "Eddie Editor" does not match "eddieeditor1"; word by word it matches, but zxcvbn charges each
 * extra part of a password so much that "eddie" + "editor" + "1" still scores 3. Run together,
 * "eddieeditor" is one known token and the password is refused.
 */
export function personalInputs(context: { email?: string | null; name?: string | null }): string[] {
  const localPart = context.email?.split("@")[0];
  const wordLists = [localPart, context.name].map((value) => (value ? value.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean) : []));
  const words = wordLists.flat();
  const joined = wordLists.filter((list) => list.length > 1).flatMap((list) => [list.join(""), [...list].reverse().join("")]);
  const inputs = [context.email, localPart, context.name, ...words, ...joined, "brandpilot"]
    .map((value) => value?.trim().toLowerCase())
    .filter((value): value is string => Boolean(value && value.length >= 2));
  return [...new Set(inputs)];
}

/** The reason a new password is refused, as an English sentence (terminal setup, logs), or null when it is fine. */
export function checkNewPassword(password: string, context: { email?: string | null; name?: string | null } = {}): string | null {
  const problem = newPasswordProblem(password, context);
  return problem && renderEnglishErrorMessage(problem.key, problem.params ?? {});
}

/** The reason a new password is refused, as a message key for the reader's language, or null when it is fine. */
export function newPasswordProblem(password: string, context: { email?: string | null; name?: string | null } = {}): ErrorMessage | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { key: "account.passwordTooShort", params: { min: PASSWORD_MIN_LENGTH } };
  if (password.length > MAX_LENGTH) return { key: "account.passwordTooLong", params: { max: MAX_LENGTH } };
  const userInputs = personalInputs(context);
  // Bounded cost (first 100 characters, few l33t variants): see password-guessability.ts.
  const result = scoreGuessability(password, userInputs);
  if (result.score >= MIN_SCORE) return null;
  const hint = result.feedback.warning || result.feedback.suggestions[0];
  // The hint travels as the library's own key; each catalogue words it (from the library's English and German texts).
  return { key: "account.passwordTooGuessable", params: { hint: hint ? guessabilityFeedbackKey(hint) : "none" } };
}
