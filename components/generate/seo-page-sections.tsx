"use client";

import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { replaceAt } from "./asset-draft";
import { FieldGroup, SmallBadge } from "./field-group";
import { citedPaths } from "./issue-paths";
import { TextFieldEditor } from "./text-field-editor";

/** The outline (H2/H3 sections with what each says) and the FAQ. */
export function SeoPageSections({ page, onChange }: { page: SeoPage; onChange(page: SeoPage): void }) {
  return (
    <>
      <FieldGroup legend="Outline" empty={page.outline.length === 0 && "No sections yet."}>
        <ol className="space-y-4">
          {page.outline.map((section, index) => (
            <li key={index} className={section.level === 3 ? "space-y-2 border-l-2 border-slate-200 pl-4" : "space-y-2"}>
              <TextFieldEditor
                path={`outline[${index}].heading.text`}
                label={`Section ${index + 1} heading`}
                badge={<SmallBadge>H{section.level}</SmallBadge>}
                issuePaths={[...citedPaths(`outline[${index}].heading`), `outline[${index}].level`]}
                value={section.heading.text}
                citations={section.heading.citations}
                onChange={(text) => onChange({ ...page, outline: replaceAt(page.outline, index, { ...section, heading: { ...section.heading, text } }) })}
              />
              <TextFieldEditor
                path={`outline[${index}].brief.text`}
                label={`Section ${index + 1} content`}
                issuePaths={citedPaths(`outline[${index}].brief`)}
                value={section.brief.text}
                citations={section.brief.citations}
                multiline
                onChange={(text) => onChange({ ...page, outline: replaceAt(page.outline, index, { ...section, brief: { ...section.brief, text } }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
      <FieldGroup legend="FAQ" empty={page.faq.length === 0 && "No questions."}>
        <ol className="space-y-4">
          {page.faq.map((pair, index) => (
            <li key={index} className="space-y-2">
              <TextFieldEditor
                path={`faq[${index}].question`}
                label={`Question ${index + 1}`}
                value={pair.question}
                onChange={(question) => onChange({ ...page, faq: replaceAt(page.faq, index, { ...pair, question }) })}
              />
              <TextFieldEditor
                path={`faq[${index}].answer.text`}
                label={`Answer ${index + 1}`}
                issuePaths={citedPaths(`faq[${index}].answer`)}
                value={pair.answer.text}
                citations={pair.answer.citations}
                multiline
                onChange={(text) => onChange({ ...page, faq: replaceAt(page.faq, index, { ...pair, answer: { ...pair.answer, text } }) })}
              />
            </li>
          ))}
        </ol>
      </FieldGroup>
    </>
  );
}
