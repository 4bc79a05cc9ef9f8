"use client";

import { useTranslations } from "next-intl";
import type { LinkedInAd } from "@/lib/assets/schemas/linkedin-ad";
import { FIELD_LIMITS } from "./field-limits";
import { citedPaths } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { LinkedInAdPreview } from "./social-ad-preview";
import { TextFieldEditor } from "./text-field-editor";

export function LinkedInAdFields({ ad, onChange }: { ad: LinkedInAd; onChange(ad: LinkedInAd): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <LinkedInAdPreview ad={ad} />
      <TextFieldEditor
        path="intro.text"
        label={t("introText")}
        issuePaths={citedPaths("intro")}
        limit={FIELD_LIMITS.linkedinIntro}
        value={ad.intro.text}
        citations={ad.intro.citations}
        multiline
        rows={4}
        onChange={(text) => onChange({ ...ad, intro: { ...ad.intro, text } })}
      />
      <TextFieldEditor
        path="headline.text"
        label={t("headline")}
        issuePaths={citedPaths("headline")}
        limit={FIELD_LIMITS.linkedinHeadline}
        value={ad.headline.text}
        citations={ad.headline.citations}
        onChange={(text) => onChange({ ...ad, headline: { ...ad.headline, text } })}
      />
      <LandingUrlFields finalUrl={ad.finalUrl} utm={ad.utm} onFinalUrlChange={(finalUrl) => onChange({ ...ad, finalUrl })} />
    </div>
  );
}
