/**
 * Folds text to plain ASCII letters the way German speakers write without umlauts
 * (ä → ae, not a), so "Größe" and "Groesse" end up identical. Used for slugs, UTM values
 * and term matching, where a lossy "a" for "ä" would merge unrelated German words.
 */
const SPECIAL_LETTERS: Record<string, string> = {
  ä: "ae",
  ö: "oe",
  ü: "ue",
  Ä: "Ae",
  Ö: "Oe",
  Ü: "Ue",
  ß: "ss",
  ẞ: "SS",
  // Letters NFKD does not decompose into base letter + mark.
  æ: "ae",
  Æ: "Ae",
  œ: "oe",
  Œ: "Oe",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  þ: "th",
};

const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join("")}]`, "g");

export function transliterateToAscii(text: string): string {
  // NFC first so a decomposed "u" + combining diaeresis is recognised as "ü" and becomes "ue".
  return text
    .normalize("NFC")
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "");
}
