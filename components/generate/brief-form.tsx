"use client";

import { useEffect, useState, type FormEvent } from "react";
import type { BriefInput } from "@/lib/assets/generate/brief";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { AssetKindCheckboxes, assetKindInputId, LanguageRadios } from "./brief-choices";
import { applyCampaignChoice, INITIAL_BRIEF, parseKeywords, toBriefInput, validateBrief, type BriefErrors, type BriefValues } from "./brief-values";
import { CampaignFields } from "./campaign-fields";
import type { CampaignChoice } from "./campaign-choice";
import { ProductPicker } from "./product-picker";
import { SoftDisabledButton } from "./soft-disabled-button";
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
  const [values, setValues] = useState<BriefValues>(() => withOpenCampaign(initial, campaigns));
  // Errors appear after the first attempt and then follow each change, not while typing the first time.
  const [showErrors, setShowErrors] = useState(false);
  const errors: BriefErrors = showErrors ? validateBrief(values) : {};
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
    const found = validateBrief(values);
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
        Brief
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
          {text("brief-topic", "topic", "Topic", "e.g. Rain jackets for city cyclists")}
          {text("brief-audience", "audience", "Audience", "e.g. Commuters in Hamburg, 25–45")}
          {text("brief-goal", "goal", "Goal", "e.g. Sell the new shell jacket")}
          {text("brief-tone", "tone", "Tone", "e.g. Practical, friendly, no hype")}
        </div>
        <Field id="brief-keywords" label="Keywords (comma-separated, up to 10)" error={errors.keywords}>
          <TextInput
            id="brief-keywords"
            value={values.keywords}
            onChange={(event) => set("keywords", event.target.value)}
            placeholder="regenjacke damen, wasserdichte jacke"
            error={errors.keywords}
            aria-describedby={errors.keywords ? "brief-keywords-count brief-keywords-error" : "brief-keywords-count"}
          />
          <p id="brief-keywords-count" className="mt-1 text-xs text-slate-600">
            {keywordCount} of 10 keywords
          </p>
        </Field>
        <div className="grid gap-4 sm:grid-cols-[auto_1fr]">
          <LanguageRadios value={values.language} onChange={(language) => set("language", language)} />
          <AssetKindCheckboxes value={values.assetKinds} onChange={(assetKinds) => set("assetKinds", assetKinds)} error={errors.assetKinds} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          {/* The name stays "Generate" while busy: progress is announced by the status log, not the button. */}
          <SoftDisabledButton type="submit" unavailable={busy} aria-busy={busy}>
            Generate
          </SoftDisabledButton>
          {busy ? (
            <Button type="button" variant="secondary" onClick={onStop}>
              Stop
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
