/*
 * Reads a brand guide (Markdown or plain text) as sections of lines: headings open sections, list
 * items and paragraph lines belong to the section above them. The rule readers decide what a line
 * means from the section it is in ("Verbotene Begriffe", "Don't say", "Pflichthinweise", …).
 */

export type SectionKind = "banned" | "preferred" | "disclaimer" | "formatting" | "other";

export type GuideLine = {
  /** The line without its list marker and Markdown emphasis. */
  text: string;
  /** As written in the guide: the evidence shown to the admin. */
  raw: string;
  isListItem: boolean;
  /** What the nearest classifiable heading says the section is about. */
  section: SectionKind;
  /** A language the heading path names ("English terms", "(DE)"); null when it names none. */
  sectionLanguage: "de" | "en" | null;
};

// Word edges as lookarounds: \b knows only ASCII letters, so it fails before "ü" in "Überschriften".
// Order matters: "Verbotene Begriffe" is about banned terms although "Begriffe" also names terminology.
const SECTION_PATTERNS: [Exclude<SectionKind, "other">, RegExp][] = [
  ["banned", /(?<![\p{L}\p{N}])(banned|forbidden|prohibited|don['’]?t say|do not say|never (?:say|use|write)|words (?:we|to) avoid|no-gos?|verbot\w*|tabu\w*|nicht verwenden|unzulässig\w*|diese wörter nicht|vermeiden wir)(?![\p{L}\p{N}])/iu],
  ["disclaimer", /(?<![\p{L}\p{N}])(disclaimers?|pflichthinweis\w*|pflichtangaben|legal notes?|mandatory notes?|required notes?|rechtliche hinweise)(?![\p{L}\p{N}])/iu],
  ["preferred", /(?<![\p{L}\p{N}])(preferred|terminology|word choice|wording|glossary|say this|bevorzugt\w*|begriffe|wortwahl|terminologie|sprachregelung\w*|so sagen wir)(?![\p{L}\p{N}])/iu],
  ["formatting", /(?<![\p{L}\p{N}])(tone|voice|style|formatting|format|ansprache|tonalität|stil|schreibweise|prices?|preise?|numbers?|zahlen|typografie|typography|headlines?|überschriften)(?![\p{L}\p{N}])/iu],
];

const BULLET = /^\s*(?:[-*•–+]|\d{1,2}[.)])\s+/u;
const NUMBERED = /^\s*\d{1,2}[.)]\s+/u;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/u;

export function classifySection(heading: string): SectionKind {
  for (const [kind, pattern] of SECTION_PATTERNS) if (pattern.test(heading)) return kind;
  return "other";
}

export function languageNamedIn(text: string): "de" | "en" | null {
  if (/\b(english|englisch)\b|\(en\)|\ben:/iu.test(text)) return "en";
  if (/\b(german|deutsch\w*)\b|\(de\)|\bde:/iu.test(text)) return "de";
  return null;
}

function cleanInline(text: string): string {
  return text
    .replace(/\*\*|__|`/g, "")
    .replace(/(?<![\p{L}\p{N}])[*_](?=\S)|(?<=\S)[*_](?![\p{L}\p{N}])/gu, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A plain-text heading: a short line with no sentence punctuation at its end, followed by a list
 * or a blank line ("3. Bevorzugte Begriffe", "Don't say:"). A numbered line followed by another
 * numbered line is a list item, not a heading.
 */
function isPlainHeading(line: string, next: string | undefined): boolean {
  const text = line.replace(NUMBERED, "").trim();
  if (text === "" || wordCount(text) > 6 || /[.!?,;]$/u.test(text) || /["„“”→>]/u.test(text)) return false;
  if (/^\s*[-*•–+]\s/u.test(line)) return false;
  if (text.endsWith(":")) return true;
  if (next === undefined) return false;
  if (NUMBERED.test(line) && NUMBERED.test(next)) return false;
  return next.trim() === "" || BULLET.test(next) || !NUMBERED.test(line);
}

export function readGuideLines(guide: string): GuideLine[] {
  const lines = guide.replace(/\r\n?/g, "\n").split("\n");
  const result: GuideLine[] = [];
  let section = "other" as SectionKind;
  let sectionLanguage = null as "de" | "en" | null;
  const openSection = (heading: string) => {
    const kind = classifySection(heading);
    // A heading that names no rule kind ("Outdoor jackets") ends the rule section above it.
    section = kind;
    sectionLanguage = languageNamedIn(heading);
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === "" || /^\s*(?:=+|-{3,}|\*{3,})\s*$/u.test(raw)) continue;
    const next = lines.slice(i + 1).find((line) => line.trim() !== "");
    const heading = MARKDOWN_HEADING.exec(raw);
    const underlined = lines[i + 1] !== undefined && /^\s*(?:=+|-+)\s*$/u.test(lines[i + 1]!) && lines[i + 1]!.trim().length >= 3;
    if (heading || underlined) {
      openSection(cleanInline(heading ? heading[1]! : raw));
      continue;
    }
    // "Banned terms: cheap, best, guaranteed": a heading and its list on one line.
    const inline = /^([^:"„“]{3,40}):\s+(.+)$/u.exec(raw.trim());
    if (!BULLET.test(raw) && inline && classifySection(inline[1]!) !== "other" && /[,;]/u.test(inline[2]!) && !/[.!?]$/u.test(inline[2]!.trim())) {
      openSection(inline[1]!);
      for (const item of inline[2]!.split(/\s*[,;]\s*/u).filter(Boolean)) result.push({ text: cleanInline(item), raw: raw.trim(), isListItem: true, section, sectionLanguage });
      continue;
    }
    if (isPlainHeading(raw, next) && (classifySection(raw) !== "other" || raw.trim().endsWith(":") || NUMBERED.test(raw))) {
      openSection(cleanInline(raw.replace(NUMBERED, "").replace(/:$/, "")));
      continue;
    }
    const isListItem = BULLET.test(raw);
    // A guide written as plain text and indexed as Markdown comes back with its numbered headings
    // as list items ("- Verbotene Begriffe"): a short item naming another rule section is a heading.
    const itemText = cleanInline(raw.replace(BULLET, ""));
    const itemKind = classifySection(itemText);
    if (isListItem && wordCount(itemText) <= 4 && !/[.!?,;"„“”→>]/u.test(itemText) && (itemKind === "banned" || itemKind === "preferred" || itemKind === "disclaimer") && itemKind !== section) {
      openSection(itemText);
      continue;
    }
    result.push({ text: cleanInline(raw.replace(BULLET, "")), raw: raw.trim(), isListItem, section, sectionLanguage });
  }
  return result;
}
