import type { JudgeCheck, JudgeInput } from "../schema";
import { sentencesOf } from "./text";

// Capitalised "Sie"/"Ihr…" address the reader formally; at a sentence start they are ambiguous
// ("Sie" = she/they, "Ihr" = you all), so only mid-sentence uses count. "Ihnen" is always formal.
const FORMAL_MID_SENTENCE = /(?<=\S\s+)(?:Sie|Ihre[nmrs]?|Ihr)\b/gu;
const FORMAL_ANYWHERE = /\bIhnen\b/gu;
const INFORMAL = /\b(?:du|dich|dir|dein(?:e[nmrs]?)?|euch|euer|eure[nmrs]?)\b/giu;

/**
 * German address form: Sie and du never mixed, and the one the brand's rules name. English has
 * no formal address, and German copy that addresses nobody has nothing to check: not applicable.
 */
export function checkFormality(input: JudgeInput): JudgeCheck | null {
  if (input.language !== "de") return null;
  const sentences = sentencesOf(input.fields.map((field) => field.text));
  const formal = sentences.flatMap((s) => [...(s.match(FORMAL_MID_SENTENCE) ?? []), ...(s.match(FORMAL_ANYWHERE) ?? [])]);
  const informal = sentences.flatMap((s) => s.match(INFORMAL) ?? []);
  const label = "Formality (Sie/du)";
  const sample = (words: string[]) => [...new Set(words)].slice(0, 3).map((w) => `"${w}"`).join(", ");
  if (input.formality === "sie" && informal.length > 0) {
    return { id: "formality", label, passed: false, reason: `The brand addresses readers with "Sie", but the copy uses ${sample(informal)}.` };
  }
  if (input.formality === "du" && formal.length > 0) {
    return { id: "formality", label, passed: false, reason: `The brand addresses readers with "du", but the copy uses ${sample(formal)}.` };
  }
  if (formal.length > 0 && informal.length > 0) {
    return { id: "formality", label, passed: false, reason: `The copy mixes formal (${sample(formal)}) and informal (${sample(informal)}) address; use one.` };
  }
  if (formal.length === 0 && informal.length === 0) {
    return input.formality ? { id: "formality", label, passed: true, reason: "The copy does not address the reader directly." } : null;
  }
  const used = formal.length > 0 ? "Sie" : "du";
  return { id: "formality", label, passed: true, reason: `The copy addresses readers consistently with "${used}".` };
}
