"use client";

import { useTranslations } from "next-intl";
import { useCampaignLabels } from "./use-campaign-labels";

import { Field, Select, TextInput } from "@/components/ui/field";
import type { PersonaDraft } from "./form-values";

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A persona's fields: who they are, what troubles them, the words they use, the language they read. */
export function PersonaFields({ idPrefix, value, languages, onChange }: { idPrefix: string; value: PersonaDraft; languages: readonly ("de" | "en")[]; onChange(next: PersonaDraft): void }) {
  const t = useTranslations("campaigns.personaFields");
  const labels = useCampaignLabels();
  const set = <K extends keyof PersonaDraft>(key: K, next: PersonaDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}-name`} label={t("name")}>
        <TextInput id={`${idPrefix}-name`} value={value.name} onChange={(event) => set("name", event.target.value)} placeholder={t("namePlaceholder")} />
      </Field>
      <Field id={`${idPrefix}-language`} label={t("language")}>
        <Select id={`${idPrefix}-language`} value={value.language} onChange={(event) => set("language", event.target.value === "de" ? "de" : "en")}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {labels.language(language)}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-description`} className="block text-sm font-medium text-slate-800">
          {t("description")}
        </label>
        <textarea id={`${idPrefix}-description`} rows={2} className={AREA} value={value.description} onChange={(event) => set("description", event.target.value)} placeholder={t("descriptionPlaceholder")} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-pains`} className="block text-sm font-medium text-slate-800">
          {t("pains")}
        </label>
        <textarea id={`${idPrefix}-pains`} rows={3} className={AREA} value={value.pains} onChange={(event) => set("pains", event.target.value)} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-vocabulary`} className="block text-sm font-medium text-slate-800">
          {t("vocabulary")}
        </label>
        <textarea id={`${idPrefix}-vocabulary`} rows={3} className={AREA} value={value.vocabulary} onChange={(event) => set("vocabulary", event.target.value)} />
      </div>
    </div>
  );
}
