/** Helpers shared by the recognizers: context windows around a span, negative contexts. */

/** The text of `window` characters before `start`, lower-cased. */
export function before(text: string, start: number, window = 40): string {
  return text.slice(Math.max(0, start - window), start).toLowerCase();
}

/** The text of `window` characters after `end`, lower-cased. */
export function after(text: string, end: number, window = 40): string {
  return text.slice(end, end + window).toLowerCase();
}

/** True when one of the words occurs (as a word start) in the window before the span. */
export function hasContextBefore(text: string, start: number, words: RegExp, window = 40): boolean {
  return words.test(before(text, start, window));
}

/** Labels that make a number an order, article or document number, not personal data. */
export const NOT_PERSONAL_NUMBER_CONTEXT =
  /(bestell|auftrag|order|rechnung|invoice|artikel|art\.?-?\s*nr|sku|ean|gtin|upc|isbn|barcode|modell|model|serien|serial|lieferschein|tracking|sendung|ticket|vorgang|kunden-?nr|customer (no|number|id)|referenz|reference|ref\.|batch|charge|los-?nr|version|v\d|#)\s*[:.#-]?\s*(nr\.?|no\.?|number|nummer|id)?\s*[:.#-]?\s*$/i;

/** The label immediately before a span (up to 30 characters), when it names a non-personal number. */
export function isNonPersonalNumber(text: string, start: number): boolean {
  return NOT_PERSONAL_NUMBER_CONTEXT.test(text.slice(Math.max(0, start - 30), start));
}

/** Digits of a string (separators dropped). */
export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** True when a keep phrase (case-insensitive) covers the span. */
export function isKept(text: string, start: number, end: number, keep: readonly string[]): boolean {
  if (keep.length === 0) return false;
  const lower = text.toLowerCase();
  for (const phrase of keep) {
    const needle = phrase.trim().toLowerCase();
    if (needle.length < 2) continue;
    let from = Math.max(0, start - needle.length);
    for (;;) {
      const at = lower.indexOf(needle, from);
      if (at === -1 || at > end) break;
      if (at <= start && at + needle.length >= end) return true;
      // Partial overlap with the keep phrase: the span is part of a product name.
      if (at < end && at + needle.length > start) return true;
      from = at + 1;
    }
  }
  return false;
}
