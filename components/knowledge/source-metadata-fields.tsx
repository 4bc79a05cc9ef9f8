"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { useTranslations } from "next-intl";
import { CHOOSABLE_ROLES, type ChoosableRole } from "@/lib/knowledge/source-roles";
import { CLASSIFICATIONS } from "./labels";

export type SourceMetadata = { kind: string; classification: string; language: string; canonicalUrl: string };
// "auto": each file's role is guessed from its name and first heading, and shown afterwards to change.
export const DEFAULT_METADATA: SourceMetadata = { kind: "auto", classification: "internal", language: "auto", canonicalUrl: "" };

/** Kind, classification, language and canonical URL: asked the same way for uploads and pastes. */
export function SourceMetadataFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: SourceMetadata;
  onChange(value: SourceMetadata): void;
  errors?: Partial<Record<keyof SourceMetadata, string[] | undefined>>;
}) {
  const t = useTranslations("knowledge");
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field id={`${idPrefix}-kind`} label={t("metadata.role")} error={errors?.kind?.[0]}>
        <Select id={`${idPrefix}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          <option value="auto">{t("metadata.guessRole")}</option>
          {CHOOSABLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </Select>
        <p className="mt-1 text-xs text-slate-600">
          {value.kind === "auto" ? t("metadata.guessHint") : t(`roleDescriptions.${value.kind as ChoosableRole}`)}
        </p>
      </Field>
      <Field id={`${idPrefix}-classification`} label={t("metadata.classification")} error={errors?.classification?.[0]}>
        <Select id={`${idPrefix}-classification`} value={value.classification} onChange={(e) => onChange({ ...value, classification: e.target.value })}>
          {CLASSIFICATIONS.map((key) => (
            <option key={key} value={key}>
              {t(`classifications.${key}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-language`} label={t("metadata.language")} error={errors?.language?.[0]}>
        <Select id={`${idPrefix}-language`} value={value.language} onChange={(e) => onChange({ ...value, language: e.target.value })}>
          <option value="auto">{t("metadata.detect")}</option>
          <option value="de">{t("languages.de")}</option>
          <option value="en">{t("languages.en")}</option>
        </Select>
      </Field>
      <Field id={`${idPrefix}-url`} label={t("metadata.canonicalUrl")} error={errors?.canonicalUrl?.[0]}>
        <TextInput
          id={`${idPrefix}-url`}
          type="url"
          placeholder="https://…"
          value={value.canonicalUrl}
          onChange={(e) => onChange({ ...value, canonicalUrl: e.target.value })}
          error={errors?.canonicalUrl?.[0]}
        />
      </Field>
    </div>
  );
}
