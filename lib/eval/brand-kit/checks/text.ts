/** Lowercase, quotes and punctuation gone, whitespace collapsed: for comparing sentences. */
export function normalizeSentence(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFC")
    .replace(/^\s*(?:[-*•]|\d+[.)])\s+/u, "")
    .replace(/[^\p{L}\p{N}%€ ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function wordCount(text: string): number {
  return text.split(" ").filter(Boolean).length;
}

/** Sentences of a text: split at line breaks and at . ! ? followed by a space (not inside "30.11.2026"). */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}"„“(])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Where a term occurs as a word (not inside another word), case-insensitive; `inflections`
 * allows up to three trailing letters ("garantiert" → "garantierte", "cheap" → "cheaper").
 * A hyphen is a word boundary: "E-Bike-Akku" contains "E-Bike".
 */
export function findTerm(text: string, term: string, options: { inflections?: boolean } = {}): string[] {
  const suffix = options.inflections ? String.raw`\p{L}{0,3}` : "";
  const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(term).replace(/\s+/g, String.raw`\s+`)}${suffix}(?![\p{L}\p{N}])`, "giu");
  return [...text.matchAll(pattern)].map((m) => m[0]);
}

/** Case- and whitespace-insensitive containment. */
export function containsText(haystack: string, needle: string): boolean {
  const squash = (t: string) => t.toLowerCase().replace(/\s+/g, " ").trim();
  return squash(haystack).includes(squash(needle));
}

/** Removes every occurrence of the given texts (disclaimers), case-insensitive. */
export function withoutTexts(text: string, texts: readonly string[]): string {
  let result = text;
  for (const t of texts) result = result.replace(new RegExp(escapeRegExp(t).replace(/\s+/g, String.raw`\s+`), "giu"), " ");
  return result;
}

/** A snippet of the text around an offending part, for the report. */
export function quote(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
