import type { PiiFinding, Recognizer } from "../types";

const PLAIN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
// Obfuscated forms: max(at)example.de, max [at] example [dot] de, max at example dot de,
// max{at}example(punkt)de, max (ät) example.de.
const AT = String.raw`\s*(?:\(\s*(?:at|ät|@)\s*\)|\[\s*(?:at|ät|@)\s*\]|\{\s*(?:at|ät|@)\s*\}|<\s*at\s*>|\s(?:at|ät)\s)\s*`;
const DOT = String.raw`(?:\s*(?:\(\s*(?:dot|punkt)\s*\)|\[\s*(?:dot|punkt)\s*\]|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s)\s*|\.)`;
const OBFUSCATED = new RegExp(String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}(?:de|at|ch|com|net|org|eu|uk|co\.uk|io|info|biz|me|email|shop|[a-z]{2})(?![\p{L}\p{N}])`, "giu");

// Role addresses of a business are not a person's data (they stay, and never force local routing).
const ROLE = /^(info|service|kundenservice|customer-?service|support|hilfe|help|kontakt|contact|hallo|hello|hi|team|teams|office|buero|mail|post|presse|press|media|sales|vertrieb|shop|store|order|orders|bestellung|jobs|karriere|careers|noreply|no-reply|newsletter|marketing|billing|rechnung|datenschutz|privacy|dpo|legal|impressum|admin|webmaster)@/i;

export const emailRecognizer: Recognizer = {
  name: "email",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const match of text.matchAll(PLAIN)) findings.push({ type: "EMAIL", start: match.index, end: match.index + match[0].length, score: ROLE.test(match[0]) ? 0.3 : 1, recognizer: "email" });
    for (const match of text.matchAll(OBFUSCATED)) {
      // " at " in running English ("meet at noon.de"?) is rare next to a domain; bracketed forms are certain.
      const isBracketed = /[([{<]/.test(match[0]);
      findings.push({ type: "EMAIL", start: match.index, end: match.index + match[0].length, score: isBracketed ? 0.95 : 0.8, recognizer: "email" });
    }
    return findings;
  },
};
