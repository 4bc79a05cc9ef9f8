"use client";

import { useTranslations } from "next-intl";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { replaceAt } from "./asset-draft";
import { FieldGroup, SmallBadge } from "./field-group";
import { citedPaths } from "./issue-paths";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

/** The outline (H2/H3 sections with what each says) and the FAQ. */
export function SeoPageSections({ page, onChange }: { page: SeoPage; onChange(page: SeoPage): void }) {
  const t = useTranslations("generate.fields");
  return (
    <>
      <FieldGroup legend={t("outline")} empty={page.outline.length === 0 && t("noSections")}>
        <ol className="space-y-4">
          {page.outline.map((section, index) => (
            <li key={index} className={section.level === 3 ? "space-y-2 border-l-2 border-slate-200 pl-4" : "space-y-2"}>
              <TextFieldEditor
                path={itemPath("outline", index, "heading.text")}
                label={t("sectionHeading", { number: index + 1 })}
                badge={<SmallBadge>{t("headingLevel", { level: section.level })}</SmallBadge>}
                issuePaths={[...citedPaths(`outline[${index}].heading`), `outline[${index}].level`]}
                value={section.heading.text}
                citations={section.heading.citations}
                onChange={(text) => onChange({ ...page, outline: replaceAt(page.outline, index, { ...section, heading: { ...section.heading, text } }) })}
              />
              <TextFieldEditor
                path={itemPath("outline", index, "brief.text")}
                label={t("sectionContent", { number: index + 1 })}
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
      <FieldGroup legend={t("faq")} empty={page.faq.length === 0 && t("noQuestions")}>
        <ol className="space-y-4">
          {page.faq.map((pair, index) => (
            <li key={index} className="space-y-2">
              <TextFieldEditor
                path={itemPath("faq", index, "question")}
                label={t("question", { number: index + 1 })}
                value={pair.question}
                onChange={(question) => onChange({ ...page, faq: replaceAt(page.faq, index, { ...pair, question }) })}
              />
              <TextFieldEditor
                path={itemPath("faq", index, "answer.text")}
                label={t("answer", { number: index + 1 })}
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
