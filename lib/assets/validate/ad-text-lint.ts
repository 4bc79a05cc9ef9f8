/*
 * Detectors for Google Ads editorial policy ("Editorial" and "Punctuation and symbols"):
 * each takes one text and returns what it found, so the RSA validator can phrase the issue
 * per field and other channels can reuse the detectors.
 */

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** "!!", "??", "?!", "..", "...", "…", "$$", "**" and the like. */
const REPEATED_PUNCTUATION = /([!?.,;:$€£%*#&@~+=_\\|^-])\1+|[!?]{2,}|…/gu;

export function findRepeatedPunctuation(text: string): string[] {
  return unique(text.match(REPEATED_PUNCTUATION) ?? []);
}

/**
 * Words of two or more letters with no lowercase letter, unless allowed. Hyphenated words are
 * checked part by part ("GRATIS-Versand" is shouting, "USB-C" is not) unless the whole word is
 * allowed ("GORE-TEX"). Parts with digits are product codes and pass.
 */
export function findAllCapsWords(text: string, allowed: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const word of text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? []) {
    if (allowed.has(word.toUpperCase())) continue;
    for (const part of word.split(/[-'’]/)) {
      const letters = part.match(/\p{L}/gu) ?? [];
      if (letters.length < 2 || /\p{Ll}/u.test(part) || /\p{N}/u.test(part)) continue;
      if (!allowed.has(part.toUpperCase())) found.push(part);
    }
  }
  return unique(found);
}

const SYMBOL_AS_LETTER = /(?<=\p{L})[@$€](?=\p{L})|(?<![\p{L}\p{N}])[@$€](?=\p{L})/u;
const DIGIT_BETWEEN_LETTERS = /\p{L}[013457]+\p{L}/u;
const WORD_THEN_DIGITS = /^\p{Lu}?\p{Ll}+[013457]{2,}$/u;

/**
 * Symbols or digits standing in for letters: "fr33", "c00l", "$ale", "b@ck". Heuristic, tuned
 * to spare real copy: numbers with a suffix ("3er", "500ml", "4K") and uppercase product codes
 * ("XT500", "H2O", "CO2") pass.
 */
export function findLetterSubstitutions(text: string): string[] {
  const found: string[] = [];
  for (const token of text.match(/[\p{L}\p{N}@$€]+/gu) ?? []) {
    if (!/\p{L}/u.test(token)) continue;
    if (SYMBOL_AS_LETTER.test(token)) {
      found.push(token);
      continue;
    }
    if (/^\p{N}+\p{L}+$/u.test(token) || !/\p{Ll}/u.test(token)) continue;
    if (DIGIT_BETWEEN_LETTERS.test(token) || WORD_THEN_DIGITS.test(token)) found.push(token);
  }
  return unique(found);
}

/** Bullets, stars, check marks, arrows and asterisks used as decoration. */
export const DECORATIVE_SYMBOLS: readonly string[] = [
  "*", "•", "·", "●", "○", "◦", "▪", "▫", "■", "□", "◆", "◇", "♦", "❖",
  "★", "☆", "✦", "✧", "✩", "✪", "✯", "✰", "✱", "✲", "✳", "✴", "✵", "✶",
  "✓", "✔", "✗", "✘", "✕", "✖", "☑", "☒",
  "►", "▶", "◄", "◀", "▸", "▹", "▻", "➤", "➔", "➜", "➢", "➣", "→", "←", "⇒", "⇐", "☛", "☞",
  "♥", "♡", "♪", "♫",
];

const DECORATIVE_SET = new Set(DECORATIVE_SYMBOLS);

export function findDecorativeSymbols(text: string): string[] {
  return unique([...text].filter((char) => DECORATIVE_SET.has(char)));
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20E3/u;
// Trademark signs are Extended_Pictographic too, but Google allows them in ad text.
const ALLOWED_PICTOGRAPHS = new Set(["©", "®", "™"]);

/** Emoji as people see them: 👍🏽 and 🇩🇪 are one finding each. Decorative symbols are reported by their own rule. */
export function findEmoji(text: string): string[] {
  const found: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    const base = segment.replace(/\uFE0F/g, "");
    if (ALLOWED_PICTOGRAPHS.has(base) || DECORATIVE_SET.has(base)) continue;
    if (EMOJI.test(segment)) found.push(segment);
  }
  return unique(found);
}

export function countExclamationMarks(text: string): number {
  return (text.match(/[!！¡]/g) ?? []).length;
}

/** Duplicates as Google sees them: case and spacing do not make a headline different. */
export function duplicateKey(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase().replace(/\s+/g, " ").trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
