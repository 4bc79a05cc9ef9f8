import type { BrandRules } from "@/lib/assets/schemas/brand-rules";

export type VoiceSettings = { formality: "sie" | "du" | null; maxExclamationMarks: number };

/**
 * The address form and exclamation-mark rule the judge checks against. Read from the formatting
 * rules when the brand rules carry them (`formatting.formality`, `formatting.exclamationMarks`,
 * proposed from the guide), else from the tone notes' own words ("Wir siezen", "per du"), else
 * none: then the judge only checks that Sie and du are not mixed, and allows one "!".
 */
export function voiceSettingsFrom(rules: BrandRules): VoiceSettings {
  const formatting = (rules as { formatting?: { formality?: unknown; exclamationMarks?: unknown } }).formatting;
  const notes = rules.toneNotes ?? "";
  const formality =
    formatting?.formality === "sie" || formatting?.formality === "du"
      ? formatting.formality
      : /\bsiezen\b|\bsiezt\b|\bper Sie\b|[„"“]Sie["“”]/u.test(notes)
        ? "sie"
        : /\bduzen\b|\bduzt\b|\bper du\b|[„"“]du["“”]/iu.test(notes)
          ? "du"
          : null;
  const exclamation = formatting?.exclamationMarks;
  const forbidden = exclamation === "none" || exclamation === false || exclamation === 0 || /\b(no|keine) (exclamation marks|Ausrufezeichen)\b/iu.test(notes);
  return { formality, maxExclamationMarks: forbidden ? 0 : typeof exclamation === "number" && exclamation > 0 ? exclamation : 1 };
}
