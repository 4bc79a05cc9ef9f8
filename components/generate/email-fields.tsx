"use client";

import { useTranslations } from "next-intl";
import type { Email } from "@/lib/assets/schemas/email";
import { replaceAt } from "./asset-draft";
import { EmailPreview } from "./email-preview";
import { useFieldContext } from "./field-context";
import { FieldGroup } from "./field-group";
import { FIELD_LIMITS } from "./field-limits";
import { IssueMessages } from "./field-status";
import { citedPaths } from "./issue-paths";
import { LandingUrlFields } from "./landing-url-fields";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

/** Subject, preheader, sections, button and footer of an e-mail, under its inbox preview. */
export function EmailFields({ email, onChange }: { email: Email; onChange(email: Email): void }) {
  const t = useTranslations("generate.fields");
  const { idPrefix, issues, streaming } = useFieldContext();
  // Issues about the section list as a whole (too few, too many), not about one section.
  const listIssues = streaming ? [] : issues.filter((issue) => issue.path === "sections");
  const section = (index: number) => email.sections[index]!;
  return (
    <div className="space-y-4">
      <EmailPreview email={email} />
      <TextFieldEditor
        path="subject.text"
        label={t("subject")}
        issuePaths={citedPaths("subject")}
        limit={FIELD_LIMITS.emailSubject}
        value={email.subject.text}
        citations={email.subject.citations}
        onChange={(text) => onChange({ ...email, subject: { ...email.subject, text } })}
      />
      <TextFieldEditor
        path="preheader.text"
        label={t("preheader")}
        issuePaths={citedPaths("preheader")}
        limit={FIELD_LIMITS.emailPreheader}
        value={email.preheader.text}
        citations={email.preheader.citations}
        onChange={(text) => onChange({ ...email, preheader: { ...email.preheader, text } })}
      />
      <FieldGroup legend={t("sections")} empty={email.sections.length === 0 && t("noSections")}>
        <ol className="space-y-4">
          {email.sections.map((entry, index) => (
            <li key={index} className="space-y-2">
              <TextFieldEditor
                path={itemPath("sections", index, "heading.text")}
                label={t("sectionHeading", { number: index + 1 })}
                issuePaths={citedPaths(`sections[${index}].heading`)}
                limit={FIELD_LIMITS.emailHeading}
                value={entry.heading.text}
                citations={entry.heading.citations}
                onChange={(text) => onChange({ ...email, sections: replaceAt(email.sections, index, { ...section(index), heading: { ...section(index).heading, text } }) })}
              />
              <TextFieldEditor
                path={itemPath("sections", index, "body.text")}
                label={t("sectionText", { number: index + 1 })}
                issuePaths={citedPaths(`sections[${index}].body`)}
                value={entry.body.text}
                citations={entry.body.citations}
                multiline
                rows={5}
                onChange={(text) => onChange({ ...email, sections: replaceAt(email.sections, index, { ...section(index), body: { ...section(index).body, text } }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
      <IssueMessages id={`${idPrefix}-sections-issues`} issues={listIssues} />
      <TextFieldEditor
        path="callToAction"
        label={t("buttonLabel")}
        limit={FIELD_LIMITS.emailCallToAction}
        value={email.callToAction}
        onChange={(callToAction) => onChange({ ...email, callToAction })}
      />
      <LandingUrlFields finalUrl={email.finalUrl} utm={email.utm} onFinalUrlChange={(finalUrl) => onChange({ ...email, finalUrl })} />
      <TextFieldEditor path="footer" label={t("footer")} value={email.footer} multiline rows={3} onChange={(footer) => onChange({ ...email, footer })} />
    </div>
  );
}
