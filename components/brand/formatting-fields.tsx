"use client";

import { useTranslations } from "next-intl";
import { Select } from "@/components/ui/field";
import type { FormattingRules, PriceFormat } from "@/lib/assets/schemas/brand-rules";

/*
 * The formatting rules as form controls. A price format is chosen from the forms shoppers know
 * per language; "none" leaves prices in the language's usual form (cents only when there are any).
 */
/** `label`: a key below `brand.formatting.price` (the examples are part of the message). */
const PRICE_CHOICES = [
  { id: "none", label: "none", format: null },
  { id: "after-space-always", label: "afterSpaceAlways", format: { decimals: "always", symbol: "after", space: true } },
  { id: "after-space-needed", label: "afterSpaceNeeded", format: { decimals: "when-needed", symbol: "after", space: true } },
  { id: "before-always", label: "beforeAlways", format: { decimals: "always", symbol: "before", space: false } },
  { id: "before-needed", label: "beforeNeeded", format: { decimals: "when-needed", symbol: "before", space: false } },
  { id: "before-space-always", label: "beforeSpaceAlways", format: { decimals: "always", symbol: "before", space: true } },
] as const satisfies readonly { id: string; label: string; format: PriceFormat | null }[];

function choiceOf(format: PriceFormat | null | undefined): string {
  if (!format) return "none";
  return PRICE_CHOICES.find((choice) => choice.format && choice.format.decimals === format.decimals && choice.format.symbol === format.symbol && choice.format.space === format.space)?.id ?? "none";
}

export function FormattingFields({ value, onChange }: { value: FormattingRules; onChange: (value: FormattingRules) => void }) {
  const t = useTranslations("brand.formatting");
  const price = (language: "de" | "en", id: string) =>
    onChange({ ...value, priceFormat: { ...value.priceFormat, [language]: (PRICE_CHOICES.find((choice) => choice.id === id)?.format as PriceFormat | null | undefined) ?? null } });
  return (
    <fieldset className="grid gap-3">
      <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
      <label className="grid gap-1 text-sm">
        {t("formality")}
        <Select value={value.formality ?? ""} onChange={(e) => onChange({ ...value, formality: e.target.value === "sie" || e.target.value === "du" ? e.target.value : null })}>
          <option value="">{t("notChecked")}</option>
          <option value="sie">{t("sie")}</option>
          <option value="du">{t("du")}</option>
        </Select>
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.exclamationMarks === false} onChange={(e) => onChange({ ...value, exclamationMarks: !e.target.checked })} /> {t("noExclamation")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.sentenceCaseHeadlines === true} onChange={(e) => onChange({ ...value, sentenceCaseHeadlines: e.target.checked })} /> {t("sentenceCase")}
      </label>
      {(["de", "en"] as const).map((language) => (
        <label key={language} className="grid gap-1 text-sm">
          {t(language === "de" ? "priceGerman" : "priceEnglish")}
          <Select value={choiceOf(value.priceFormat?.[language])} onChange={(e) => price(language, e.target.value)}>
            {PRICE_CHOICES.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {t(`price.${choice.label}`)}
              </option>
            ))}
          </Select>
        </label>
      ))}
    </fieldset>
  );
}
