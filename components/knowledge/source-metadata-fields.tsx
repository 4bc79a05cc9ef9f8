"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { CLASSIFICATION_LABELS, KIND_LABELS } from "./labels";

export type SourceMetadata = { kind: string; classification: string; language: string; canonicalUrl: string };
export const DEFAULT_METADATA: SourceMetadata = { kind: "brand_voice", classification: "internal", language: "auto", canonicalUrl: "" };

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
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field id={`${idPrefix}-kind`} label="Kind" error={errors?.kind?.[0]}>
        <Select id={`${idPrefix}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          {Object.entries(KIND_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${idPrefix}-classification`} label="Classification" error={errors?.classification?.[0]}>
        <Select id={`${idPrefix}-classification`} value={value.classification} onChange={(e) => onChange({ ...value, classification: e.target.value })}>
          {Object.entries(CLASSIFICATION_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
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
      <Field id={`${idPrefix}-url`} label="Canonical URL (optional)" error={errors?.canonicalUrl?.[0]}>
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
