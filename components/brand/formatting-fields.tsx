"use client";

import { Select } from "@/components/ui/field";
import type { FormattingRules, PriceFormat } from "@/lib/assets/schemas/brand-rules";

/*
 * The formatting rules as form controls. A price format is chosen from the forms shoppers know
 * per language; "none" leaves prices in the language's usual form (cents only when there are any).
 */
const PRICE_CHOICES: { id: string; label: string; format: PriceFormat | null }[] = [
  { id: "none", label: "Not checked", format: null },
  { id: "after-space-always", label: "129,00 € / 129.00 €", format: { decimals: "always", symbol: "after", space: true } },
  { id: "after-space-needed", label: "129 € (cents only when any)", format: { decimals: "when-needed", symbol: "after", space: true } },
  { id: "before-always", label: "€129.00", format: { decimals: "always", symbol: "before", space: false } },
  { id: "before-needed", label: "€129 (cents only when any)", format: { decimals: "when-needed", symbol: "before", space: false } },
  { id: "before-space-always", label: "€ 129.00", format: { decimals: "always", symbol: "before", space: true } },
];

function choiceOf(format: PriceFormat | null | undefined): string {
  if (!format) return "none";
  return PRICE_CHOICES.find((choice) => choice.format && choice.format.decimals === format.decimals && choice.format.symbol === format.symbol && choice.format.space === format.space)?.id ?? "none";
}

export function FormattingFields({ value, onChange }: { value: FormattingRules; onChange: (value: FormattingRules) => void }) {
  const price = (language: "de" | "en", id: string) =>
    onChange({ ...value, priceFormat: { ...value.priceFormat, [language]: PRICE_CHOICES.find((choice) => choice.id === id)?.format ?? null } });
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium text-slate-800">Formatting</legend>
      <label className="grid gap-1 text-sm">
        German address form
        <Select value={value.formality ?? ""} onChange={(e) => onChange({ ...value, formality: e.target.value === "sie" || e.target.value === "du" ? e.target.value : null })}>
          <option value="">Not checked</option>
          <option value="sie">Sie (formal)</option>
          <option value="du">du (informal)</option>
        </Select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.exclamationMarks === false} onChange={(e) => onChange({ ...value, exclamationMarks: !e.target.checked })} /> No exclamation marks
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.sentenceCaseHeadlines === true} onChange={(e) => onChange({ ...value, sentenceCaseHeadlines: e.target.checked })} /> Headlines in sentence case
      </label>
      {(["de", "en"] as const).map((language) => (
        <label key={language} className="grid gap-1 text-sm">
          Price format, {language === "de" ? "German" : "English"} copy
          <Select value={choiceOf(value.priceFormat?.[language])} onChange={(e) => price(language, e.target.value)}>
            {PRICE_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </Select>
        </label>
      ))}
    </fieldset>
  );
}
