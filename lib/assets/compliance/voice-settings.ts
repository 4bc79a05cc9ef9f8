import { formattingOf, type BrandRules } from "@/lib/assets/schemas/brand-rules";

export type VoiceSettings = { formality: "sie" | "du" | null; maxExclamationMarks: number };

/**
 * The address form and exclamation-mark rule the judge checks against. Read from the formatting
 * rules when the brand rules carry them (`formatting.formality`, `formatting.exclamationMarks`
 * false = none allowed; proposed from the guide or set on the Brand rules page), else from the
 * tone notes' own words ("Wir siezen", "per du", "no exclamation marks"), else none: then the
 * judge only checks that Sie and du are not mixed, and allows one "!" per asset.
 */
export function voiceSettingsFrom(rules: BrandRules): VoiceSettings {
  const formatting = formattingOf(rules);
  const notes = rules.toneNotes ?? "";
  const formality =
    formatting.formality ??
    (/\bsiezen\b|\bsiezt\b|\bper Sie\b|[„"“]Sie["“”]/u.test(notes) ? "sie" : /\bduzen\b|\bduzt\b|\bper du\b|[„"“]du["“”]/iu.test(notes) ? "du" : null);
  const forbidden = !formatting.exclamationMarks || /\b(no|keine) (exclamation marks|Ausrufezeichen)\b/iu.test(notes);
  return { formality, maxExclamationMarks: forbidden ? 0 : 1 };
}
