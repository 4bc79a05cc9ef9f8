import { RE2JS } from "re2js";

/**
 * Regular expressions that came from outside the code (an admin's disclaimer condition, or a
 * model's proposal read from an uploaded guide) run on RE2JS, a port of RE2: matching takes time
 * linear in the text, so no pattern can backtrack catastrophically and block the server's event
 * loop ((\d|\d)*$, \d*\d*\d*mm, …). The price is RE2's syntax: no lookaround and no
 * backreferences, which a "when the copy states …" condition does not need; such a pattern does
 * not compile and is refused where it is saved.
 *
 * (Before, JavaScript's own engine ran them inside a vm script with a 25 ms wall-clock limit; on a
 * loaded machine harmless patterns ran out of time and their disclaimers were silently dropped.)
 */
export type LinearPattern = { source: string; test(text: string): boolean };

/** The pattern, case-insensitive (Unicode), or null when RE2 cannot compile it. */
export function compileLinearPattern(pattern: string): LinearPattern | null {
  try {
    const compiled = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE);
    return { source: pattern, test: (text) => compiled.matcher(text).find() };
  } catch {
    return null;
  }
}
