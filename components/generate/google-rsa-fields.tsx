"use client";

import type { GoogleRsa } from "@/lib/assets/schemas/google-rsa";
import { replaceAt } from "./asset-draft";
import { FIELD_LIMITS } from "./field-limits";
import { FieldGroup, SmallBadge } from "./field-group";
import { citedPaths } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { RsaAdPreview } from "./rsa-ad-preview";
import { TextFieldEditor } from "./text-field-editor";

function PinBadge({ pin }: { pin: number | null }) {
  return pin === null ? null : <SmallBadge>Pinned to position {pin}</SmallBadge>;
}

/** Path fields are optional: an emptied field is stored as null, which is how Google means "no path". */
const toPath = (value: string): string | null => (value === "" ? null : value);

export function GoogleRsaFields({ ad, onChange }: { ad: GoogleRsa; onChange(ad: GoogleRsa): void }) {
  return (
    <div className="space-y-4">
      <RsaAdPreview ad={ad} />
      <FieldGroup legend={`Headlines (${ad.headlines.length})`} empty={ad.headlines.length === 0 && "No headlines yet."}>
        <ol className="grid gap-4 lg:grid-cols-2">
          {ad.headlines.map((headline, index) => (
            <li key={index}>
              <TextFieldEditor
                path={`headlines[${index}].text`}
                label={`Headline ${index + 1}`}
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
      <FieldGroup legend={`Descriptions (${ad.descriptions.length})`} empty={ad.descriptions.length === 0 && "No descriptions yet."}>
        <ol className="space-y-4">
          {ad.descriptions.map((description, index) => (
            <li key={index}>
              <TextFieldEditor
                path={`descriptions[${index}].text`}
                label={`Description ${index + 1}`}
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
      <FieldGroup legend="Display path">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextFieldEditor path="path1" label="Path 1" limit={FIELD_LIMITS.rsaPath} value={ad.path1 ?? ""} onChange={(value) => onChange({ ...ad, path1: toPath(value) })} />
          <TextFieldEditor path="path2" label="Path 2" limit={FIELD_LIMITS.rsaPath} value={ad.path2 ?? ""} onChange={(value) => onChange({ ...ad, path2: toPath(value) })} />
        </div>
      </FieldGroup>
      <LandingUrlFields finalUrl={ad.finalUrl} utm={ad.utm} onFinalUrlChange={(finalUrl) => onChange({ ...ad, finalUrl })} />
    </div>
  );
}
