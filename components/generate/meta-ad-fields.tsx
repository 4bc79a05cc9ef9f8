"use client";

import { useTranslations } from "next-intl";
import { META_CALL_TO_ACTIONS, type MetaCallToAction } from "@/lib/assets/schemas/meta-call-to-action";
import type { MetaAdDraft } from "./asset-draft";
import { fieldId, useFieldContext } from "./field-context";
import { FIELD_LIMITS } from "./field-limits";
import { IssueMessages } from "./field-status";
import { citedPaths, issuesAt } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { MetaAdPreview } from "./social-ad-preview";
import { TextFieldEditor } from "./text-field-editor";

export function MetaAdFields({ ad, onChange }: { ad: MetaAdDraft; onChange(ad: MetaAdDraft): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <MetaAdPreview ad={ad} />
      <TextFieldEditor
        path="primaryText.text"
        label={t("primaryText")}
        issuePaths={citedPaths("primaryText")}
        limit={FIELD_LIMITS.metaPrimaryText}
        value={ad.primaryText.text}
        citations={ad.primaryText.citations}
        multiline
        rows={4}
        onChange={(text) => onChange({ ...ad, primaryText: { ...ad.primaryText, text } })}
      />
      <TextFieldEditor
        path="headline.text"
        label={t("headline")}
        issuePaths={citedPaths("headline")}
        limit={FIELD_LIMITS.metaHeadline}
        value={ad.headline.text}
        citations={ad.headline.citations}
        onChange={(text) => onChange({ ...ad, headline: { ...ad.headline, text } })}
      />
      <TextFieldEditor
        path="description.text"
        label={t("description")}
        issuePaths={citedPaths("description")}
        limit={FIELD_LIMITS.metaDescription}
        value={ad.description.text}
        citations={ad.description.citations}
        onChange={(text) => onChange({ ...ad, description: { ...ad.description, text } })}
      />
      <CallToActionSelect value={ad.callToAction} onChange={(callToAction) => onChange({ ...ad, callToAction })} />
      <LandingUrlFields finalUrl={ad.finalUrl} utm={ad.utm} onFinalUrlChange={(finalUrl) => onChange({ ...ad, finalUrl })} />
    </div>
  );
}

/** Meta only accepts its own button types, so this is a choice, not free text. */
function CallToActionSelect({ value, onChange }: { value: MetaCallToAction | null; onChange(value: MetaCallToAction): void }) {
  const t = useTranslations("generate.fields");
  const ctaLabel = useTranslations("generate.metaCta");
  const { idPrefix, issues, readOnly, streaming } = useFieldContext();
  const id = fieldId(idPrefix, "callToAction");
  const fieldIssues = streaming ? [] : issuesAt(issues, ["callToAction"]);
  return (
    <div>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t("callToAction")}
      </label>
      <select
        id={id}
        value={value ?? ""}
        // A select has no readOnly; disabled is the only way to keep a submitted ad's button fixed.
        disabled={readOnly}
        aria-describedby={fieldIssues.length > 0 ? `${id}-issues` : undefined}
        onChange={(event) => {
          const option = META_CALL_TO_ACTIONS.find((cta) => cta.type === event.target.value);
          if (option) onChange(option.type);
        }}
        className="mt-1 block min-h-10 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm disabled:bg-slate-50 sm:w-64"
      >
        {value === null ? <option value="">{t("notChosen")}</option> : null}
        {META_CALL_TO_ACTIONS.map((cta) => (
          <option key={cta.type} value={cta.type}>
            {ctaLabel(cta.type)}
          </option>
        ))}
      </select>
      <IssueMessages id={`${id}-issues`} issues={fieldIssues} />
    </div>
  );
}
