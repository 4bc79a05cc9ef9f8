"use client";

import { useTranslations } from "next-intl";
import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { replaceAt } from "./asset-draft";
import { FIELD_LIMITS } from "./field-limits";
import { FieldGroup, SmallBadge } from "./field-group";
import { citedPaths } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { RsaAdPreview } from "./rsa-ad-preview";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

function PinBadge({ pin }: { pin: number | null }) {
  const t = useTranslations("generate.fields");
  return pin === null ? null : <SmallBadge>{t("pinned", { pin })}</SmallBadge>;
}

/** Path fields are optional: an emptied field is stored as null, which is how Google means "no path". */
const toPath = (value: string): string | null => (value === "" ? null : value);

export function GoogleRsaFields({ ad, onChange }: { ad: GoogleRsa; onChange(ad: GoogleRsa): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <RsaAdPreview ad={ad} />
      <FieldGroup legend={t("headlines", { count: ad.headlines.length })} empty={ad.headlines.length === 0 && t("noHeadlines")}>
        <ol className="grid gap-4 lg:grid-cols-2">
          {ad.headlines.map((headline, index) => (
            <li key={index}>
              <TextFieldEditor
                path={itemPath("headlines", index, "text")}
                label={t("headlineNumber", { number: index + 1 })}
                badge={<PinBadge pin={headline.pin} />}
                issuePaths={[...citedPaths(`headlines[${index}]`), `headlines[${index}].pin`]}
                limit={FIELD_LIMITS.rsaHeadline}
                value={headline.text}
                citations={headline.citations}
                onChange={(text) => onChange({ ...ad, headlines: replaceAt(ad.headlines, index, { ...headline, text }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
      <FieldGroup legend={t("descriptions", { count: ad.descriptions.length })} empty={ad.descriptions.length === 0 && t("noDescriptions")}>
        <ol className="space-y-4">
          {ad.descriptions.map((description, index) => (
            <li key={index}>
              <TextFieldEditor
                path={itemPath("descriptions", index, "text")}
                label={t("descriptionNumber", { number: index + 1 })}
                badge={<PinBadge pin={description.pin} />}
                issuePaths={[...citedPaths(`descriptions[${index}]`), `descriptions[${index}].pin`]}
                limit={FIELD_LIMITS.rsaDescription}
                value={description.text}
                citations={description.citations}
                multiline
                rows={2}
                onChange={(text) => onChange({ ...ad, descriptions: replaceAt(ad.descriptions, index, { ...description, text }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
      <FieldGroup legend={t("displayPath")}>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextFieldEditor path="path1" label={t("pathNumber", { number: 1 })} limit={FIELD_LIMITS.rsaPath} value={ad.path1 ?? ""} onChange={(value) => onChange({ ...ad, path1: toPath(value) })} />
          <TextFieldEditor path="path2" label={t("pathNumber", { number: 2 })} limit={FIELD_LIMITS.rsaPath} value={ad.path2 ?? ""} onChange={(value) => onChange({ ...ad, path2: toPath(value) })} />
        </div>
      </FieldGroup>
      <LandingUrlFields finalUrl={ad.finalUrl} utm={ad.utm} onFinalUrlChange={(finalUrl) => onChange({ ...ad, finalUrl })} />
    </div>
  );
}
