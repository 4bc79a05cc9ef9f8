"use client";

import { useTranslations } from "next-intl";
import type { Utm } from "@/lib/assets/schemas/utm";
import { UTM_FIELDS } from "@/lib/assets/schemas/utm";
import { useFieldContext } from "./field-context";
import { FieldGroup } from "./field-group";
import { issuesAt } from "./issue-paths";
import { IssueMessages } from "./field-status";
import { trackingUrl } from "./preview-text";
import { TextFieldEditor } from "./text-field-editor";

/**
 * The landing page and the tracked link an ad really opens. UTM values are shown, not edited:
 * they come from the workspace's campaign settings, and a hand-typed "Spring Sale" would split
 * the analytics reports. `pathPrefix` places the two where a kind nests them ("link." in a post).
 */
export function LandingUrlFields({
  finalUrl,
  utm,
  onFinalUrlChange,
  pathPrefix = "",
}: {
  finalUrl: string;
  utm: Utm;
  onFinalUrlChange(url: string): void;
  pathPrefix?: string;
}) {
  const t = useTranslations("generate.fields");
  const { idPrefix, issues, streaming } = useFieldContext();
  const tracked = trackingUrl(finalUrl, utm);
  const utmIssues = streaming ? [] : issuesAt(issues, [`${pathPrefix}utm`]);
  return (
    <FieldGroup legend={t("landingPage")}>
      <TextFieldEditor path={pathPrefix + "finalUrl"} label={t("finalUrl")} type="url" value={finalUrl} onChange={onFinalUrlChange} />
      <div>
        <p className="text-sm font-medium text-slate-800">{t("trackedUrl")}</p>
        {tracked ? (
          <p className="mt-1 font-mono text-xs break-all text-slate-700" data-testid="tracking-url">
            {tracked}
          </p>
        ) : (
          <p className="mt-1 text-xs text-slate-500">{streaming ? t("notWritten") : t("trackedUrlHint")}</p>
        )}
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 font-mono text-xs text-slate-600">
          {UTM_FIELDS.map((field) => (
            <div key={field} className="contents">
              <dt>{"utm_" + field}</dt>
              <dd>{utm[field] ?? "—"}</dd>
            </div>
          ))}
        </dl>
        <IssueMessages id={`${idPrefix}-utm-issues`} issues={utmIssues} />
      </div>
    </FieldGroup>
  );
}
