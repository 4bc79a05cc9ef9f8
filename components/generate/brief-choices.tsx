"use client";

import type { AssetKind } from "@/lib/assets/schemas/asset";
import { useTranslations } from "next-intl";
import { ASSET_KIND_ORDER } from "./asset-kinds";
import { useAssetKindLabel } from "./use-asset-kind-label";

export function assetKindInputId(kind: AssetKind): string {
  return `brief-channel-${kind}`;
}

/** Asset kind checkboxes (shown as "Channels"); the labels are the kind names exactly, so each is findable by name. */
export function AssetKindCheckboxes({ value, onChange, error }: { value: readonly AssetKind[]; onChange(value: AssetKind[]): void; error?: string }) {
  const t = useTranslations("generate.briefForm");
  const kindLabel = useAssetKindLabel();
  function toggle(kind: AssetKind, checked: boolean) {
    // Rebuilt from ASSET_KIND_ORDER so the request (and the order cards appear) never depends on click order.
    onChange(ASSET_KIND_ORDER.filter((candidate) => (candidate === kind ? checked : value.includes(candidate))));
  }
  return (
    <fieldset aria-describedby={error ? "brief-channels-error" : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("channels")}</legend>
      <div className="mt-1 flex flex-wrap gap-x-5 gap-y-2">
        {ASSET_KIND_ORDER.map((kind) => (
          <label key={kind} className="flex min-h-10 items-center gap-2 text-sm">
            <input
              id={assetKindInputId(kind)}
              type="checkbox"
              checked={value.includes(kind)}
              onChange={(event) => toggle(kind, event.target.checked)}
              aria-invalid={error ? true : undefined}
              className="size-4"
            />
            {kindLabel(kind)}
          </label>
        ))}
      </div>
      {error ? (
        <p id="brief-channels-error" className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

// The language the copy is written in (per brief), not the UI language.
const LANGUAGES = ["de", "en"] as const;

export function LanguageRadios({ value, onChange }: { value: "de" | "en"; onChange(value: "de" | "en"): void }) {
  const t = useTranslations("generate.briefForm");
  return (
    <fieldset>
      <legend className="text-sm font-medium text-slate-800">{t("language")}</legend>
      <div className="mt-1 flex gap-5">
        {LANGUAGES.map((language) => (
          <label key={language} className="flex min-h-10 items-center gap-2 text-sm">
            <input type="radio" name="brief-language" value={language} checked={value === language} onChange={() => onChange(language)} className="size-4" />
            {t(`contentLanguage.${language}`)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
