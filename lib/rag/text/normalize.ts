// Invisible characters that change nothing a reader sees but break hashing, matching and
// tokenising ("ig\u200Bnore" hides a keyword): zero-width space and non-joiner, word joiner,
// BOM, soft hyphen, bidi marks.
const INVISIBLE = /[\u00AD\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
// The zero-width joiner is kept only where it builds an emoji ("👩‍💻"), and removed elsewhere.
const STRAY_JOINER = /(?<!\p{Extended_Pictographic}[\uFE0F\u{1F3FB}-\u{1F3FF}]?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;
// Control characters except tab and line feed (CR is handled with the line endings).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// No-break and typographic spaces count as ordinary spaces for search and chunking.
const HORIZONTAL_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/**
 * Canonical form of a text before it is stored, hashed or chunked: NFC (so "ä" typed two
 * ways is one string), no invisible or control characters, "\n" line endings, single spaces,
 * at most one blank line between paragraphs, trimmed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(STRAY_JOINER, "")
    .replace(CONTROL, "")
    .replace(HORIZONTAL_SPACE, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
