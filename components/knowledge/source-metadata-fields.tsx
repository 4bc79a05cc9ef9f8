"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { CHOOSABLE_ROLES, ROLE_DESCRIPTIONS, ROLE_LABELS, type ChoosableRole } from "@/lib/knowledge/source-roles";
import { CLASSIFICATION_LABELS } from "./labels";

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
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <Field id={`${idPrefix}-kind`} label="Role" error={errors?.kind?.[0]}>
        <Select id={`${idPrefix}-kind`} value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value })}>
          <option value="auto">Guess from file name and content</option>
          {CHOOSABLE_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
        <p className="mt-1 text-xs text-slate-600">
          {value.kind === "auto" ? "Brand guides, policies, campaigns and notes are recognised by name; change it any time." : ROLE_DESCRIPTIONS[value.kind as ChoosableRole]}
        </p>
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
