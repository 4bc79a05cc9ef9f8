import type { PiiFinding, Recognizer } from "../types";

const PLAIN = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const LOCAL = String.raw`(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+`;
const TLD = String.raw`(?:de|at|ch|com|net|org|eu|uk|io|info|biz|me|email|shop|[a-z]{2})(?![\p{L}\p{N}])`;
const BRACKET_AT = String.raw`\s*(?:\(\s*(?:at|ät|@)\s*\)|\[\s*(?:at|ät|@)\s*\]|\{\s*(?:at|ät|@)\s*\}|<\s*at\s*>)\s*`;
const SPELLED_DOT = String.raw`\s*(?:\(\s*(?:dot|punkt)\s*\)|\[\s*(?:dot|punkt)\s*\]|\{\s*(?:dot|punkt)\s*\}|\s(?:dot|punkt)\s)\s*`;
const ANY_DOT = String.raw`(?:${SPELLED_DOT}|\.)`;
// max(at)example.de, max [at] example [dot] de, max{at}example(punkt)de.
// The local part may spell its dots too: "anna DOT schmidt AT example DOT de".
const LOCAL_SPELLED = String.raw`${LOCAL}(?:${SPELLED_DOT}[\p{L}\p{N}_-]+)*`;
const BRACKETED = new RegExp(String.raw`${LOCAL_SPELLED}${BRACKET_AT}[\p{L}\p{N}-]+(?:${ANY_DOT}[\p{L}\p{N}-]+)*${ANY_DOT}${TLD}`, "giu");
// "max at example dot de": with a plain " at " the dot must be spelled too, or "available at
// nordlicht.de" would read as an address.
const SPELLED = new RegExp(String.raw`${LOCAL_SPELLED}\s(?:at|ät)\s[\p{L}\p{N}-]+(?:${ANY_DOT}[\p{L}\p{N}-]+)*${SPELLED_DOT}${TLD}`, "giu");
// Role addresses of a business are not a person's data (they stay, and never force local routing).
const ROLE = /^(info|service|kundenservice|customer-?service|support|hilfe|help|kontakt|contact|hallo|hello|hi|team|teams|office|buero|mail|post|presse|press|media|sales|vertrieb|shop|store|order|orders|bestellung|jobs|karriere|careers|noreply|no-reply|newsletter|marketing|billing|rechnung|datenschutz|privacy|dpo|legal|impressum|admin|webmaster)@/i;

/** E-mail addresses, including the "(at)" and "[at] … [dot]" forms people use to dodge scrapers. */
export const emailRecognizer: Recognizer = {
  name: "email",
  analyze(text) {
    const findings: PiiFinding[] = [];
    for (const match of text.matchAll(PLAIN)) findings.push({ type: "EMAIL", start: match.index, end: match.index + match[0].length, score: ROLE.test(match[0]) ? 0.3 : 1, recognizer: "email" });
    for (const match of text.matchAll(BRACKETED)) findings.push({ type: "EMAIL", start: match.index, end: match.index + match[0].length, score: 0.95, recognizer: "email" });
    for (const match of text.matchAll(SPELLED)) findings.push({ type: "EMAIL", start: match.index, end: match.index + match[0].length, score: 0.85, recognizer: "email" });
    return findings;
  },
};
