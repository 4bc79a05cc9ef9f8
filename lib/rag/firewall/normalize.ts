import { CONFUSABLE_TO_LATIN } from "./confusables";

// Zero-width characters, bidi controls (embedding, override, isolates), soft hyphen, variation
// selectors, tag characters (invisible "ASCII smuggling"), combining grapheme joiner: none of them
// changes what a reader sees, all of them can split a keyword so a pattern misses it.
const INVISIBLE =
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]|[\u{E0000}-\u{E007F}]|[\u{E0100}-\u{E01EF}]/gu;
const HORIZONTAL_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
// A letter from another script only counts as a look-alike inside or next to Latin letters
// ("ignоre" with a Cyrillic о); a whole Russian or Greek word is left as it is written.
const NON_LATIN_RUN = /[^\p{Script=Latin}\p{N}\s\p{P}\p{S}]+/gu;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * The form every firewall check sees (TR39-style skeleton for the scripts that matter here):
 * NFKC folds fullwidth, mathematical and ligature forms ("ｉｇｎｏｒｅ", "𝐢𝐠𝐧𝐨𝐫𝐞", "ﬁ"), invisible
 * and bidi control characters are removed, look-alike letters from Cyrillic, Greek, Armenian
 * and Cherokee become the Latin letter they imitate, and whitespace collapses. Umlauts and ß
 * stay, so German rules match as written. Used only for detection; stored text is unchanged.
 */
export function normalizeForScan(text: string): string {
  const folded = text.normalize("NFKC").replace(INVISIBLE, "");
  const skeleton = folded.replace(NON_LATIN_RUN, (run, offset: number, whole: string) => {
    const before = whole[offset - 1] ?? "";
    const after = whole[offset + run.length] ?? "";
    const mapped = [...run].map((char) => CONFUSABLE_TO_LATIN.get(char) ?? char).join("");
    // A run touching Latin letters is a disguise; a standalone run is mapped only when every
    // one of its letters has a Latin twin ("іgnоrе" fully in look-alikes).
    const touchesLatin = LATIN_LETTER.test(before) || LATIN_LETTER.test(after);
    const fullyMapped = [...run].every((char) => CONFUSABLE_TO_LATIN.has(char));
    return touchesLatin || fullyMapped ? mapped : run;
  });
  return skeleton
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}
