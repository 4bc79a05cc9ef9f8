"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { CLASSIFICATIONS } from "../labels";

export const SCHEDULE_LABELS = { manual: "Only when I click Sync now", hourly: "Every hour", daily: "Every day", weekly: "Every week" } as const;

export type CommonConnectorFields = { name: string; url: string; schedule: string; classification: string; language: string };
export const DEFAULT_CONNECTOR_FIELDS: CommonConnectorFields = { name: "", url: "", schedule: "daily", classification: "public", language: "auto" };

type Errors = Partial<Record<keyof CommonConnectorFields, string[] | undefined>>;

/** Name, URL, schedule, classification and language: asked the same way for websites and feed URLs. */
export function ConnectorFields({ idPrefix, urlLabel, urlPlaceholder, value, onChange, errors }: { idPrefix: string; urlLabel: string; urlPlaceholder: string; value: CommonConnectorFields; onChange(value: CommonConnectorFields): void; errors?: Errors }) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}-name`} label="Name" error={errors?.name?.[0]}>
        <TextInput id={`${idPrefix}-name`} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} error={errors?.name?.[0]} />
      </Field>
      <Field id={`${idPrefix}-url`} label={urlLabel} error={errors?.url?.[0]}>
        <TextInput id={`${idPrefix}-url`} type="url" inputMode="url" placeholder={urlPlaceholder} value={value.url} onChange={(e) => onChange({ ...value, url: e.target.value })} error={errors?.url?.[0]} />
      </Field>
      <Field id={`${idPrefix}-schedule`} label="Sync" error={errors?.schedule?.[0]}>
        <Select id={`${idPrefix}-schedule`} value={value.schedule} onChange={(e) => onChange({ ...value, schedule: e.target.value })}>
          {Object.entries(SCHEDULE_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-classification`} label="Classification" error={errors?.classification?.[0]}>
        <Select id={`${idPrefix}-classification`} value={value.classification} onChange={(e) => onChange({ ...value, classification: e.target.value })}>
          {CLASSIFICATIONS.map((key) => (
            <option key={key} value={key}>
              {key}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-language`} label="Language" error={errors?.language?.[0]}>
        <Select id={`${idPrefix}-language`} value={value.language} onChange={(e) => onChange({ ...value, language: e.target.value })}>
          <option value="auto">Detect</option>
          <option value="de">German</option>
          <option value="en">English</option>
        </Select>
      </Field>
    </div>
  );
}
