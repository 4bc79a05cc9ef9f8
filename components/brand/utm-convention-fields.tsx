"use client";

import { useTranslations } from "next-intl";
import { Field, Select, TextInput } from "@/components/ui/field";
import { useAssetKindLabel } from "@/components/generate/use-asset-kind-label";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";
import { exampleCampaignValue, type UtmConventionDraft, type UtmConventionErrors } from "./utm-convention-draft";

/** Template placeholders; each one's meaning is `brand.utm.placeholders.<name>`. */
const PLACEHOLDERS = ["brand", "campaign", "season", "year", "product", "kind", "variant", "language"] as const;

const CHARACTER_CHOICES = [
  { value: "alphanumeric", label: "alphanumeric" },
  { value: "alphanumeric-dash-underscore", label: "dashUnderscore" },
  { value: "alphanumeric-dash-underscore-dot", label: "dashUnderscoreDot" },
] as const satisfies readonly { value: UtmConventionDraft["allowedCharacters"]; label: string }[];

type Props = { value: UtmConventionDraft; onChange(value: UtmConventionDraft): void; errors: UtmConventionErrors; brandName: string };

/**
 * The workspace's UTM convention: how every generated link's `utm_campaign` is built (template,
 * brand token, separator, casing, characters, length) and the source/medium of each channel.
 * Validation checks every asset's links against it; the example shows the effect as you type.
 */
export function UtmConventionFields({ value, onChange, errors, brandName }: Props) {
  const t = useTranslations("brand.utm");
  const kindLabel = useAssetKindLabel();
  const set = <K extends keyof UtmConventionDraft>(key: K, next: UtmConventionDraft[K]) => onChange({ ...value, [key]: next });
  const setPair = (kind: AssetKind, field: "source" | "medium", text: string) => set("sourceMedium", { ...value.sourceMedium, [kind]: { ...value.sourceMedium[kind], [field]: text } });
  const example = exampleCampaignValue(value, brandName);
  return (
    <fieldset className="grid gap-3" aria-describedby="utm-convention-help">
      <legend className="text-sm font-medium text-slate-800">{t("legend")}</legend>
      <p id="utm-convention-help" className="text-sm text-slate-600">
        {t("help")}
      </p>
      <Field id="utm-template" label={t("template")} error={errors.campaignTemplate}>
        <TextInput
          id="utm-template"
          value={value.campaignTemplate}
          onChange={(event) => set("campaignTemplate", event.target.value)}
          error={errors.campaignTemplate}
          aria-describedby="utm-placeholders"
          placeholder="{brand}_{campaign}_{season}{year}_{variant}"
        />
      </Field>
      <dl id="utm-placeholders" className="grid gap-x-3 text-xs text-slate-600 sm:grid-cols-[auto_1fr]">
        {PLACEHOLDERS.map((name) => (
          <div key={name} className="contents">
            <dt className="font-mono">{`{${name}}`}</dt>
            <dd>{t(`placeholders.${name}`)}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="utm-brand-token" label={t("brandToken")} error={errors.brandToken}>
          <TextInput id="utm-brand-token" value={value.brandToken} onChange={(event) => set("brandToken", event.target.value)} error={errors.brandToken} placeholder="spw" />
        </Field>
        <Field id="utm-separator" label={t("separator")}>
          <Select id="utm-separator" value={value.separator} onChange={(event) => set("separator", event.target.value === "-" ? "-" : "_")}>
            <option value="_">{t("underscore")}</option>
            <option value="-">{t("hyphen")}</option>
          </Select>
        </Field>
        <Field id="utm-characters" label={t("characters")}>
          <Select id="utm-characters" value={value.allowedCharacters} onChange={(event) => set("allowedCharacters", CHARACTER_CHOICES.find((choice) => choice.value === event.target.value)?.value ?? "alphanumeric-dash-underscore")}>
            {CHARACTER_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {t(`characterChoices.${choice.label}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="utm-max-length" label={t("maxLength")} error={errors.maxLength}>
          <TextInput id="utm-max-length" inputMode="numeric" value={value.maxLength} onChange={(event) => set("maxLength", event.target.value)} error={errors.maxLength} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.lowercase} onChange={(event) => set("lowercase", event.target.checked)} className="size-4" /> {t("lowercase")}
      </label>
      <table className="text-sm">
        <caption className="text-left text-sm font-medium text-slate-800">{t("sourceMediumCaption")}</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-3 font-normal">{t("channel")}</th>
            <th scope="col" className="py-1 pr-3 font-normal">{t("sourceColumn")}</th>
            <th scope="col" className="py-1 font-normal">{t("mediumColumn")}</th>
          </tr>
        </thead>
        <tbody>
          {ASSET_KINDS.map((kind) => {
            const sourceError = errors[`sourceMedium.${kind}.source`];
            const mediumError = errors[`sourceMedium.${kind}.medium`];
            return (
              <tr key={kind} className="align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {kindLabel(kind)}
                </th>
                <td className="py-1 pr-3">
                  <TextInput id={`utm-source-${kind}`} aria-label={t("sourceFor", { channel: kindLabel(kind) })} value={value.sourceMedium[kind].source} onChange={(event) => setPair(kind, "source", event.target.value)} error={sourceError} />
                  {sourceError ? (
                    <p id={`utm-source-${kind}-error`} className="mt-1 text-xs text-red-700">
                      {sourceError}
                    </p>
                  ) : null}
                </td>
                <td className="py-1">
                  <TextInput id={`utm-medium-${kind}`} aria-label={t("mediumFor", { channel: kindLabel(kind) })} value={value.sourceMedium[kind].medium} onChange={(event) => setPair(kind, "medium", event.target.value)} error={mediumError} />
                  {mediumError ? (
                    <p id={`utm-medium-${kind}-error`} className="mt-1 text-xs text-red-700">
                      {mediumError}
                    </p>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="text-sm">
        {t("example")}{" "}
        <output aria-live="polite" aria-label={t("exampleLabel")} className="font-mono">
          {example}
        </output>
      </p>
    </fieldset>
  );
}
