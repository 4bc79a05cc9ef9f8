/*
 * Formatting rules a brand guide states and a reader notices: German address form (Sie/du) and
 * Title Case headlines. Both are heuristics that only flag what is unambiguous, so a flagged word
 * is worth a look and correct copy is never flagged.
 */

// Informal address: wrong wherever it stands in copy that says "Sie".
const INFORMAL = /(?<![\p{L}\p{N}])(du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures)(?![\p{L}\p{N}])/giu;
// Formal address is capitalised; "Sie"/"Ihr" at a sentence start may be "she"/"her", so only
// capitalised forms inside a sentence count.
const FORMAL = /(?<![\p{L}\p{N}])(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)(?![\p{L}\p{N}])/gu;

function isSentenceStart(text: string, index: number): boolean {
  const before = text.slice(0, index).trimEnd();
  return before === "" || /[.!?:;…–—"„“»«(\n]$/u.test(before);
}

/** The words that address the reader in the other form than the brand's (German copy). */
export function addressFormViolations(text: string, form: "sie" | "du"): string[] {
  if (form === "sie") return [...text.matchAll(INFORMAL)].map((match) => match[0]);
  return [...text.matchAll(FORMAL)].filter((match) => !isSentenceStart(text, match.index)).map((match) => match[0]);
}

// Short function words are lower case inside a sentence-case headline in either language; German
// capitalises nouns, so in German only these give Title Case away. Formal "Ihr"/"Sie" are not listed.
const FUNCTION_WORDS = {
  en: new Set(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "your", "our", "is", "are"]),
  de: new Set(["und", "oder", "aber", "für", "mit", "ohne", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "im", "in", "von", "vom", "zu", "zum", "zur", "auf", "aus", "bei", "nach", "über", "unter", "ist", "sind", "dein", "deine"]),
};
const MIN_CAPITALISED_CONTENT_WORDS = 3;

/**
 * Words that show a headline is in Title Case: a capitalised function word inside it ("Built To
 * Last", "Jacke Für Den Winter"), or in English three or more capitalised words that are not part
 * of a brand or product name. Empty for a sentence-case headline.
 */
export function titleCaseWords(text: string, language: "de" | "en", properNouns: readonly string[]): string[] {
  const proper = new Set(properNouns.flatMap((name) => name.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
  const flagged: string[] = [];
  const capitalisedContent: string[] = [];
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0];
    if (isSentenceStart(text, match.index)) continue;
    const isCapitalised = /^\p{Lu}\p{Ll}/u.test(word);
    if (!isCapitalised || proper.has(word.toLocaleLowerCase())) continue;
    if (FUNCTION_WORDS[language].has(word.toLocaleLowerCase())) flagged.push(word);
    else if (language === "en" && word.length >= 4) capitalisedContent.push(word);
  }
  return capitalisedContent.length >= MIN_CAPITALISED_CONTENT_WORDS ? [...flagged, ...capitalisedContent] : flagged;
}
