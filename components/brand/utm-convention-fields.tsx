"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import { ASSET_KIND_LABELS } from "@/components/generate/asset-kinds";
import { ASSET_KINDS, type AssetKind } from "@/lib/assets/schemas/asset-kind";
import { exampleCampaignValue, type UtmConventionDraft, type UtmConventionErrors } from "./utm-convention-draft";

const PLACEHOLDER_HELP: [string, string][] = [
  ["{brand}", "the brand token"],
  ["{campaign}", "the campaign's code (outside a campaign: the product or topic)"],
  ["{season}", "spring, summer, autumn or winter of the campaign's start"],
  ["{year}", "the year of the campaign's start"],
  ["{product}", "the product or topic"],
  ["{kind}", "the channel, e.g. meta_ad"],
  ["{variant}", "1 for the first wording, 2–4 for another variant"],
  ["{language}", "de or en"],
];

const CHARACTER_CHOICES: { value: UtmConventionDraft["allowedCharacters"]; label: string }[] = [
  { value: "alphanumeric", label: "Letters and digits" },
  { value: "alphanumeric-dash-underscore", label: "Letters, digits, - and _" },
  { value: "alphanumeric-dash-underscore-dot", label: "Letters, digits, -, _ and ." },
];

type Props = { value: UtmConventionDraft; onChange(value: UtmConventionDraft): void; errors: UtmConventionErrors; brandName: string };

/**
 * The workspace's UTM convention: how every generated link's `utm_campaign` is built (template,
 * brand token, separator, casing, characters, length) and the source/medium of each channel.
 * Validation checks every asset's links against it; the example shows the effect as you type.
 */
export function UtmConventionFields({ value, onChange, errors, brandName }: Props) {
  const set = <K extends keyof UtmConventionDraft>(key: K, next: UtmConventionDraft[K]) => onChange({ ...value, [key]: next });
  const setPair = (kind: AssetKind, field: "source" | "medium", text: string) => set("sourceMedium", { ...value.sourceMedium, [kind]: { ...value.sourceMedium[kind], [field]: text } });
  const example = exampleCampaignValue(value, brandName);
  return (
    <fieldset className="grid gap-3" aria-describedby="utm-convention-help">
      <legend className="text-sm font-medium text-slate-800">UTM convention</legend>
      <p id="utm-convention-help" className="text-sm text-slate-600">
        Every generated link is tagged by this convention, and validation flags a link that breaks it. Banned terms never go into UTM values.
      </p>
      <Field id="utm-template" label="Campaign template (utm_campaign)" error={errors.campaignTemplate}>
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
        {PLACEHOLDER_HELP.map(([name, meaning]) => (
          <div key={name} className="contents">
            <dt className="font-mono">{name}</dt>
            <dd>{meaning}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="utm-brand-token" label="Brand token ({brand}; empty: the workspace name)" error={errors.brandToken}>
          <TextInput id="utm-brand-token" value={value.brandToken} onChange={(event) => set("brandToken", event.target.value)} error={errors.brandToken} placeholder="spw" />
        </Field>
        <Field id="utm-separator" label="Separator between words">
          <Select id="utm-separator" value={value.separator} onChange={(event) => set("separator", event.target.value === "-" ? "-" : "_")}>
            <option value="_">Underscore (_)</option>
            <option value="-">Hyphen (-)</option>
          </Select>
        </Field>
        <Field id="utm-characters" label="Allowed characters">
          <Select id="utm-characters" value={value.allowedCharacters} onChange={(event) => set("allowedCharacters", CHARACTER_CHOICES.find((choice) => choice.value === event.target.value)?.value ?? "alphanumeric-dash-underscore")}>
            {CHARACTER_CHOICES.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="utm-max-length" label="Maximum length of a value (10–200)" error={errors.maxLength}>
          <TextInput id="utm-max-length" inputMode="numeric" value={value.maxLength} onChange={(event) => set("maxLength", event.target.value)} error={errors.maxLength} />
        </Field>
      </div>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={value.lowercase} onChange={(event) => set("lowercase", event.target.checked)} className="size-4" /> Lowercase values
      </label>
      <table className="text-sm">
        <caption className="text-left text-sm font-medium text-slate-800">Source and medium per channel</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-3 font-normal">Channel</th>
            <th scope="col" className="py-1 pr-3 font-normal">utm_source</th>
            <th scope="col" className="py-1 font-normal">utm_medium</th>
          </tr>
        </thead>
        <tbody>
          {ASSET_KINDS.map((kind) => {
            const sourceError = errors[`sourceMedium.${kind}.source`];
            const mediumError = errors[`sourceMedium.${kind}.medium`];
            return (
              <tr key={kind} className="align-top">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {ASSET_KIND_LABELS[kind]}
                </th>
                <td className="py-1 pr-3">
                  <TextInput id={`utm-source-${kind}`} aria-label={`Source for ${ASSET_KIND_LABELS[kind]}`} value={value.sourceMedium[kind].source} onChange={(event) => setPair(kind, "source", event.target.value)} error={sourceError} />
                  {sourceError ? (
                    <p id={`utm-source-${kind}-error`} className="mt-1 text-xs text-red-700">
                      {sourceError}
                    </p>
                  ) : null}
                </td>
                <td className="py-1">
                  <TextInput id={`utm-medium-${kind}`} aria-label={`Medium for ${ASSET_KIND_LABELS[kind]}`} value={value.sourceMedium[kind].medium} onChange={(event) => setPair(kind, "medium", event.target.value)} error={mediumError} />
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
        Example for a campaign “Pendeln” starting in spring 2027:{" "}
        <output aria-live="polite" aria-label="Example utm_campaign" className="font-mono">
          {example}
        </output>
      </p>
    </fieldset>
  );
}
