"use client";

import { useTranslations } from "next-intl";
import type { CONNECTOR_SCHEDULES } from "@/lib/db/schema/knowledge-connectors";
import { Field, Select, TextInput } from "@/components/ui/field";
import { CLASSIFICATIONS } from "../labels";
import { useKnowledgeLabels } from "../use-knowledge-labels";

// A copy of the schema's list (importing the value would pull drizzle into the client bundle); `satisfies` keeps them in step.
const SCHEDULES = ["manual", "hourly", "daily", "weekly"] as const satisfies readonly (typeof CONNECTOR_SCHEDULES)[number][];

export type CommonConnectorFields = { name: string; url: string; schedule: string; classification: string; language: string };
export const DEFAULT_CONNECTOR_FIELDS: CommonConnectorFields = { name: "", url: "", schedule: "daily", classification: "public", language: "auto" };

type Errors = Partial<Record<keyof CommonConnectorFields, string[] | undefined>>;

/** Name, URL, schedule, classification and language: asked the same way for websites and feed URLs. */
export function ConnectorFields({ idPrefix, urlLabel, urlPlaceholder, value, onChange, errors }: { idPrefix: string; urlLabel: string; urlPlaceholder: string; value: CommonConnectorFields; onChange(value: CommonConnectorFields): void; errors?: Errors }) {
  const t = useTranslations("knowledge.connectors");
  const labels = useKnowledgeLabels();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${idPrefix}-name`} label={t("fields.name")} error={errors?.name?.[0]}>
        <TextInput id={`${idPrefix}-name`} value={value.name} onChange={(e) => onChange({ ...value, name: e.target.value })} error={errors?.name?.[0]} />
      </Field>
      <Field id={`${idPrefix}-url`} label={urlLabel} error={errors?.url?.[0]}>
        <TextInput id={`${idPrefix}-url`} type="url" inputMode="url" placeholder={urlPlaceholder} value={value.url} onChange={(e) => onChange({ ...value, url: e.target.value })} error={errors?.url?.[0]} />
      </Field>
      <Field id={`${idPrefix}-schedule`} label={t("fields.schedule")} error={errors?.schedule?.[0]}>
        <Select id={`${idPrefix}-schedule`} value={value.schedule} onChange={(e) => onChange({ ...value, schedule: e.target.value })}>
          {SCHEDULES.map((key) => (
            <option key={key} value={key}>
              {t(`schedules.${key}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-classification`} label={t("fields.classification")} error={errors?.classification?.[0]}>
        <Select id={`${idPrefix}-classification`} value={value.classification} onChange={(e) => onChange({ ...value, classification: e.target.value })}>
          {CLASSIFICATIONS.map((key) => (
            <option key={key} value={key}>
              {labels.classification(key)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-language`} label={t("fields.language")} error={errors?.language?.[0]}>
        <Select id={`${idPrefix}-language`} value={value.language} onChange={(e) => onChange({ ...value, language: e.target.value })}>
          <option value="auto">{t("fields.detectLanguage")}</option>
          <option value="de">{labels.language("de")}</option>
          <option value="en">{labels.language("en")}</option>
        </Select>
      </Field>
    </div>
  );
}
