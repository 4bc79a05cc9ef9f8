"use client";

import { useEffect, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { AssetKindCheckboxes, assetKindInputId, LanguageRadios } from "./brief-choices";
import { applyCampaignChoice, INITIAL_BRIEF, parseKeywords, toBriefInput, validateBrief, type BriefErrors, type BriefValues } from "./brief-values";
import { CampaignFields } from "./campaign-fields";
import type { CampaignChoice } from "./campaign-choice";
import { ProductPicker } from "./product-picker";
import { SoftDisabledButton } from "./soft-disabled-button";
import { useBriefErrorText } from "./use-brief-text";
import type { ProductOption } from "./product-groups";

/** Where focus goes for each error, in the order the fields appear. */
const FOCUS_TARGETS: [keyof BriefErrors, string][] = [
  ["productSourceId", "brief-product"],
  ["topic", "brief-topic"],
  ["audience", "brief-audience"],
  ["goal", "brief-goal"],
  ["tone", "brief-tone"],
  ["keywords", "brief-keywords"],
  ["landingPageUrl", "brief-landing-page"],
  ["assetKinds", assetKindInputId("seo-page")],
];

/** A stored brief's campaign that is no longer open (archived, over) is dropped, with its offer: the server would refuse it. */
function withOpenCampaign(values: BriefValues, campaigns: readonly CampaignChoice[]): BriefValues {
  if (values.campaignId === null || campaigns.some((campaign) => campaign.id === values.campaignId)) return values;
  return { ...values, campaignId: null, offerCode: "" };
}

export function BriefForm({
  products,
  campaigns = [],
  busy,
  onGenerate,
  onStop,
  initial = INITIAL_BRIEF,
  onValuesChange,
}: {
  products: readonly ProductOption[];
  /** Open campaigns of the workspace a brief can be written in. */
  campaigns?: readonly CampaignChoice[];
  /** A brief to start from (duplicated, from history or a template); the workbench remounts the form to apply another. */
  initial?: BriefValues;
  /** The values as they change, for "Save brief as template". */
  onValuesChange?(values: BriefValues): void;
  busy: boolean;
  onGenerate(brief: BriefInput): void;
  onStop(): void;
}) {
  const t = useTranslations("generate.briefForm");
  const errorText = useBriefErrorText();
  const [values, setValues] = useState<BriefValues>(() => withOpenCampaign(initial, campaigns));
  // Errors appear after the first attempt and then follow each change, not while typing the first time.
  const [showErrors, setShowErrors] = useState(false);
  const errors: BriefErrors = showErrors ? validateBrief(values, errorText) : {};
  const keywordCount = parseKeywords(values.keywords).length;
  useEffect(() => onValuesChange?.(values), [values, onValuesChange]);

  function set<K extends keyof BriefValues>(key: K, value: BriefValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function chooseCampaign(next: CampaignChoice | null) {
    setValues((current) => applyCampaignChoice(current, next, campaigns.find((campaign) => campaign.id === current.campaignId) ?? null));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found = validateBrief(values, errorText);
    setShowErrors(true);
    const firstInvalid = FOCUS_TARGETS.find(([field]) => found[field]);
    if (firstInvalid) {
      document.getElementById(firstInvalid[1])?.focus();
      return;
    }
    onGenerate(toBriefInput(values));
  }

  const text = (id: string, key: "topic" | "audience" | "goal" | "tone", label: string, placeholder: string) => (
    <Field id={id} label={label} error={errors[key]}>
      <TextInput id={id} value={values[key]} onChange={(event) => set(key, event.target.value)} placeholder={placeholder} error={errors[key]} />
    </Field>
  );

  return (
    <section aria-labelledby="brief-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="brief-heading" className="text-lg font-medium">
        {t("title")}
      </h2>
      <form onSubmit={submit} className="mt-3 space-y-4" noValidate>
        <CampaignFields
          campaigns={campaigns}
          campaignId={values.campaignId}
          offerCode={values.offerCode}
          landingPageUrl={values.landingPageUrl}
          landingPageError={errors.landingPageUrl}
          onCampaignChange={chooseCampaign}
          onOfferChange={(code) => set("offerCode", code)}
          onLandingPageChange={(url) => set("landingPageUrl", url)}
        />
        <ProductPicker products={products} value={values.productSourceId} onChange={(id) => set("productSourceId", id)} error={errors.productSourceId} />
        <div className="grid gap-3 sm:grid-cols-2">
          {text("brief-topic", "topic", t("topic"), t("topicPlaceholder"))}
          {text("brief-audience", "audience", t("audience"), t("audiencePlaceholder"))}
          {text("brief-goal", "goal", t("goal"), t("goalPlaceholder"))}
          {text("brief-tone", "tone", t("tone"), t("tonePlaceholder"))}
        </div>
        <Field id="brief-keywords" label={t("keywords", { max: 10 })} error={errors.keywords}>
          <TextInput
            id="brief-keywords"
            value={values.keywords}
            onChange={(event) => set("keywords", event.target.value)}
            placeholder={t("keywordsPlaceholder")}
            error={errors.keywords}
            aria-describedby={errors.keywords ? "brief-keywords-count brief-keywords-error" : "brief-keywords-count"}
          />
          <p id="brief-keywords-count" className="mt-1 text-xs text-slate-600">
            {t("keywordCount", { count: keywordCount, max: 10 })}
          </p>
        </Field>
        <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
          <LanguageRadios value={values.language} onChange={(language) => set("language", language)} />
          <AssetKindCheckboxes value={values.assetKinds} onChange={(assetKinds) => set("assetKinds", assetKinds)} error={errors.assetKinds} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* The name stays "Generate" while busy: progress is announced by the status log, not the button. */}
          <SoftDisabledButton type="submit" unavailable={busy} aria-busy={busy}>
            {t("generate")}
          </SoftDisabledButton>
          {busy ? (
            <Button type="button" variant="secondary" onClick={onStop}>
              {t("stop")}
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
