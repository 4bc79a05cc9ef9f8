/*
 * Numbers as copy writes them in German and English. "1.299" is 1299 in German and 1.299 in
 * English, so a token yields every value it can mean and two tokens match when any values agree:
 * lenient about the format (the price check is strict about it), strict about the value.
 */

// Digits attached to letters are names or codes ("LICHT20", "4A", "EN1078"), not stated values.
const NUMBER_TOKEN = /(?<![\p{L}\p{N}.,])\d+(?:[.,]\d+)*(?![\p{L}\p{N}])/gu;

export function numberTokens(text: string): string[] {
  return [...text.matchAll(NUMBER_TOKEN)].map((m) => m[0]);
}

/** Every value a token can mean. */
export function tokenValues(token: string): number[] {
  const values = new Set<number>();
  const asEnglish = Number(token.replace(/,(?=\d{3}(?:\D|$))/g, ""));
  const asGerman = Number(token.replace(/\.(?=\d{3}(?:\D|$))/g, "").replace(",", "."));
  const plain = Number(token.replace(",", "."));
  for (const v of [asEnglish, asGerman, plain]) if (Number.isFinite(v)) values.add(v);
  return [...values];
}

export function textValues(text: string): Set<number> {
  return new Set(numberTokens(text).flatMap(tokenValues));
}
