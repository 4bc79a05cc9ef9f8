"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { Article, ArticleParagraph, ArticleSection } from "@/lib/assets/schemas/article";
import { ARTICLE_LIMITS, articleBodyWords } from "@/lib/assets/validate/article";
import { readingMinutes } from "@/lib/assets/validate/word-count";
import { replaceAt } from "./asset-draft";
import { useFieldContext } from "./field-context";
import { FieldGroup, SmallBadge } from "./field-group";
import { IssueMessages } from "./field-status";
import { citedPaths } from "./issue-paths";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

/**
 * The body: each section's H2 and paragraphs. A paragraph can be marked as a transition (states
 * no fact, needs no citation; validate/article.ts). Editing a heading updates its outline entry
 * too: the outline is the plan the model wrote first, and the editor keeps it in step rather
 * than showing a second list to keep equal by hand.
 */
export function ArticleSections({ article, onChange }: { article: Article; onChange(article: Article): void }) {
  const t = useTranslations("generate.fields");
  const format = useFormatter();
  const { idPrefix, issues, readOnly, streaming } = useFieldContext();
  // The word count and the outline are reported on the body as a whole, not on one field.
  const bodyIssues = streaming ? [] : issues.filter((issue) => issue.path === "sections" || issue.path === "outline");
  const words = articleBodyWords(article);
  const { min, max } = ARTICLE_LIMITS.words;

  const setSection = (index: number, section: ArticleSection) => {
    const sections = replaceAt(article.sections, index, section);
    onChange({ ...article, sections, outline: sections.map((entry) => entry.heading.text) });
  };
  const setParagraph = (sectionIndex: number, section: ArticleSection, index: number, paragraph: ArticleParagraph) =>
    setSection(sectionIndex, { ...section, paragraphs: replaceAt(section.paragraphs, index, paragraph) });

  return (
    <FieldGroup legend={t("sections")} empty={article.sections.length === 0 && t("noSections")}>
      <p className="text-xs text-slate-600" id={`${idPrefix}-article-length`}>
        {t("articleLength", { words, min: format.number(min, "integer"), max: format.number(max, "integer"), minutes: readingMinutes(words) })}
      </p>
      <IssueMessages id={`${idPrefix}-article-body-issues`} issues={bodyIssues} />
      <ol className="space-y-6">
        {article.sections.map((section, sectionIndex) => (
          <li key={sectionIndex} className="space-y-3">
            <TextFieldEditor
              path={itemPath("sections", sectionIndex, "heading.text")}
              label={t("sectionHeading", { number: sectionIndex + 1 })}
              badge={<SmallBadge>{t("headingLevel", { level: 2 })}</SmallBadge>}
              issuePaths={[...citedPaths(`sections[${sectionIndex}].heading`), `sections[${sectionIndex}].paragraphs`]}
              value={section.heading.text}
              citations={section.heading.citations}
              onChange={(text) => setSection(sectionIndex, { ...section, heading: { ...section.heading, text } })}
            />
            {section.paragraphs.map((paragraph, index) => {
              const base = `sections[${sectionIndex}].paragraphs[${index}]`;
              const label = t("sectionParagraph", { section: sectionIndex + 1, paragraph: index + 1 });
              return (
                <div key={index} className="space-y-1 border-l-2 border-slate-200 pl-3">
                  <TextFieldEditor
                    path={base + ".text"}
                    label={label}
                    badge={paragraph.transition ? <SmallBadge>{t("transition")}</SmallBadge> : undefined}
                    issuePaths={citedPaths(base)}
                    value={paragraph.text}
                    citations={paragraph.citations}
                    multiline
                    rows={5}
                    onChange={(text) => setParagraph(sectionIndex, section, index, { ...paragraph, text })}
                  />
                  <label className="flex items-center gap-2 text-xs text-slate-700">
                    <input
                      type="checkbox"
                      checked={paragraph.transition}
                      disabled={readOnly || streaming}
                      onChange={(event) => setParagraph(sectionIndex, section, index, { ...paragraph, transition: event.target.checked })}
                    />
                    {t("isTransition", { field: label })}
                  </label>
                </div>
              );
            })}
          </li>
        ))}
      </ol>
    </FieldGroup>
  );
}
