import { classifySentence } from "./sentence-kinds";
import { normalizeSpaces } from "./fit-text";

// Headings of working documents name the document, not a topic a customer reads about.
const WORKING_DOCUMENT = /\b(?:notes?|notizen|internal|intern|briefing|checklist|checkliste|do's|don'ts|todo|entwurf|draft|(?:brand|style|writing|editorial) (?:guide|guidelines|rules)|(?:marken|schreib|sprach)?(?:leitfaden|regeln))\b/i;
// One-word titles that name a kind of document, not a topic ("Policies", "Kampagne").
const DOCUMENT_TYPE = /^(?:polic(?:y|ies)|richtlinien?|campaigns?|kampagnen?|products?|produkte?|documents?|dokumente?|misc|sonstiges|content|inhalte?|pages?|seiten?|uploads?|texts?|texte?|feed)$/i;
// "3. ", "2) ", "2.1 ": a number alone before the words is part of the heading ("30 Tage Rückgabe").
const NUMBERING = /^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s+|^\s*\d{1,2}(?:\.\d{1,2})+\s+/;

/** "campaign-notes", "policies.md", "brand_voice": how files and slugs look, not headings. */
function looksLikeFileName(text: string): boolean {
  return /\.[a-z0-9]{2,5}$/i.test(text) || /^[\p{Ll}\p{N}]+(?:[-_][\p{Ll}\p{N}]+)*$/u.test(text);
}

/**
 * A heading usable as an H2 on a customer's page, or null: the numbering of a guide ("3.") goes,
 * and file names, working-document headings and headings about the brand's own rules ("Bevorzugte
 * Begriffe") are refused; so is a source title that only names a kind of document ("Policies").
 */
export function topicHeading(heading: string, options: { fromTitle: boolean }): string | null {
  const text = normalizeSpaces(heading.replace(NUMBERING, "").replace(/[:.]+$/u, ""));
  if (text === "" || !/\p{L}/u.test(text) || looksLikeFileName(text)) return null;
  if (WORKING_DOCUMENT.test(text)) return null;
  const kind = classifySentence(`${text}.`);
  if (kind === "rule" || kind === "instruction" || kind === "language-marker") return null;
  if (options.fromTitle && DOCUMENT_TYPE.test(text)) return null;
  return text;
}
