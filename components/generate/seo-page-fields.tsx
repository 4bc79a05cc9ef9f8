"use client";

import { useTranslations } from "next-intl";
import type { SeoPage } from "@/lib/assets/schemas/seo-page";
import { replaceAt } from "./asset-draft";
import { FIELD_LIMITS } from "./field-limits";
import { FieldGroup } from "./field-group";
import { citedPaths } from "./issue-paths";
import { JsonLdDetails } from "./json-ld-details";
import { SeoPageLinks } from "./seo-page-links";
import { SeoPageSections } from "./seo-page-sections";
import { SerpPreview } from "./serp-preview";
import { TextFieldEditor } from "./text-field-editor";
import { itemPath } from "./field-path";

export function SeoPageFields({ page, onChange }: { page: SeoPage; onChange(page: SeoPage): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <SerpPreview page={page} />
      <TextFieldEditor
        path="title.text"
        label={t("title")}
        issuePaths={citedPaths("title")}
        limit={FIELD_LIMITS.seoTitle}
        value={page.title.text}
        citations={page.title.citations}
        onChange={(text) => onChange({ ...page, title: { ...page.title, text } })}
      />
      <TextFieldEditor
        path="metaDescription.text"
        label={t("metaDescription")}
        issuePaths={citedPaths("metaDescription")}
        limit={FIELD_LIMITS.seoMetaDescription}
        value={page.metaDescription.text}
        citations={page.metaDescription.citations}
        multiline
        onChange={(text) => onChange({ ...page, metaDescription: { ...page.metaDescription, text } })}
      />
      <TextFieldEditor
        path="h1.text"
        label={t("h1Short")}
        issuePaths={citedPaths("h1")}
        value={page.h1.text}
        citations={page.h1.citations}
        onChange={(text) => onChange({ ...page, h1: { ...page.h1, text } })}
      />
      <TextFieldEditor path="slug" label={t("slug")} value={page.slug} onChange={(slug) => onChange({ ...page, slug })} />
      <FieldGroup legend={t("targetKeywords")} empty={page.targetKeywords.length === 0 && t("noKeywords")}>
        <div className="grid gap-3 sm:grid-cols-2">
          {page.targetKeywords.map((keyword, index) => (
            <TextFieldEditor
              key={index}
              path={itemPath("targetKeywords", index)}
              label={index === 0 ? t("primaryKeyword") : t("keywordNumber", { number: index + 1 })}
              value={keyword}
              onChange={(text) => onChange({ ...page, targetKeywords: replaceAt(page.targetKeywords, index, text) })}
            />
          ))}
        </div>
      </FieldGroup>
      <SeoPageSections page={page} onChange={onChange} />
      <SeoPageLinks page={page} onChange={onChange} />
      <JsonLdDetails jsonLd={page.jsonLd} onChange={(jsonLd) => onChange({ ...page, jsonLd })} />
    </div>
  );
}
