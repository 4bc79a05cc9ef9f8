"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import type { PersonaDraft } from "./form-values";

const AREA = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

/** A persona's fields: who they are, what troubles them, the words they use, the language they read. */
export function PersonaFields({ idPrefix, value, languages, onChange }: { idPrefix: string; value: PersonaDraft; languages: readonly ("de" | "en")[]; onChange(next: PersonaDraft): void }) {
  const set = <K extends keyof PersonaDraft>(key: K, next: PersonaDraft[K]) => onChange({ ...value, [key]: next });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}-name`} label="Persona name">
        <TextInput id={`${idPrefix}-name`} value={value.name} onChange={(event) => set("name", event.target.value)} placeholder="Year-round commuters" />
      </Field>
      <Field id={`${idPrefix}-language`} label="Persona language">
        <Select id={`${idPrefix}-language`} value={value.language} onChange={(event) => set("language", event.target.value === "de" ? "de" : "en")}>
          {languages.map((language) => (
            <option key={language} value={language}>
              {language === "de" ? "German" : "English"}
            </option>
          ))}
        </Select>
      </Field>
      <div className="sm:col-span-2">
        <label htmlFor={`${idPrefix}-description`} className="block text-sm font-medium text-slate-800">
          Who they are
        </label>
        <textarea id={`${idPrefix}-description`} rows={2} className={AREA} value={value.description} onChange={(event) => set("description", event.target.value)} placeholder="Commuters in Hamburg who cycle all year" />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-pains`} className="block text-sm font-medium text-slate-800">
          Pains (one per line)
        </label>
        <textarea id={`${idPrefix}-pains`} rows={3} className={AREA} value={value.pains} onChange={(event) => set("pains", event.target.value)} />
      </div>
      <div>
        <label htmlFor={`${idPrefix}-vocabulary`} className="block text-sm font-medium text-slate-800">
          Vocabulary (comma-separated)
        </label>
        <textarea id={`${idPrefix}-vocabulary`} rows={3} className={AREA} value={value.vocabulary} onChange={(event) => set("vocabulary", event.target.value)} />
      </div>
    </div>
  );
}
