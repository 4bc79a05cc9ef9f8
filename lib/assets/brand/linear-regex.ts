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

// JavaScript's \s (what admins and the kit's patterns are written for) also matches Unicode spaces,
// RE2's only ASCII ones: "349\u00a0€", as prices are formatted, would not match "\d\s?€".
const JS_SPACE = "\\s\\x0B\\p{Z}\\x{FEFF}";

/**
 * Rewrites `\s` and `\S` to what they mean in JavaScript; everything else is the same in both
 * dialects or refused by RE2 (\d, \w and \b are ASCII in both under the `u` flag).
 */
export function withJavaScriptSpaces(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === "\\" && i + 1 < pattern.length) {
      const next = pattern[i + 1]!;
      i++;
      if (next === "s") out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
      else if (next === "S" && !inClass) out += `[^${JS_SPACE}]`;
      else out += char + next;
      continue;
    }
    if (char === "[" && !inClass) inClass = true;
    else if (char === "]" && inClass) inClass = false;
    out += char;
  }
  return out;
}

/*
 * Rules saved before patterns ran on RE2 end in "not followed by a letter" as a lookahead (the
 * guide extractor wrote them so). At the very end of a pattern it means the same as "a non-letter
 * or the end", which RE2 can run, so those rules keep working without being edited.
 */
const TRAILING_NO_LETTER = /\(\?!(?:\[\\p\{L\}\]|\\p\{L\})\)$/u;

/** The pattern, case-insensitive (Unicode), or null when RE2 cannot compile it. */
export function compileLinearPattern(pattern: string): LinearPattern | null {
  try {
    const compatible = pattern.replace(TRAILING_NO_LETTER, "(?:[^\\p{L}]|$)");
    const compiled = RE2JS.compile(withJavaScriptSpaces(compatible), RE2JS.CASE_INSENSITIVE);
    return { source: pattern, test: (text) => compiled.matcher(text).find() };
  } catch {
    return null;
  }
}
