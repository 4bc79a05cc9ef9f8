"use client";

import { useTranslations } from "next-intl";
import type { Article } from "@/lib/assets/schemas/article";
import { ArticlePreview } from "./article-preview";
import { ArticleSections } from "./article-sections";
import { FIELD_LIMITS } from "./field-limits";
import { citedPaths } from "./issue-paths";
import { JsonLdDetails } from "./json-ld-details";
import { InternalLinksFields } from "./seo-page-links";
import { SerpSnippet } from "./serp-preview";
import { TextFieldEditor } from "./text-field-editor";

export function ArticleFields({ article, onChange }: { article: Article; onChange(article: Article): void }) {
  const t = useTranslations("generate.fields");
  return (
    <div className="space-y-4">
      <ArticlePreview article={article} />
      <SerpSnippet title={article.title.text} description={article.metaDescription.text} pageUrl={article.canonicalUrl || null} slug={article.slug} />
      <TextFieldEditor
        path="title.text"
        label={t("title")}
        issuePaths={citedPaths("title")}
        limit={FIELD_LIMITS.seoTitle}
        value={article.title.text}
        citations={article.title.citations}
        onChange={(text) => onChange({ ...article, title: { ...article.title, text } })}
      />
      <TextFieldEditor
        path="metaDescription.text"
        label={t("metaDescription")}
        issuePaths={citedPaths("metaDescription")}
        limit={FIELD_LIMITS.seoMetaDescription}
        value={article.metaDescription.text}
        citations={article.metaDescription.citations}
        multiline
        onChange={(text) => onChange({ ...article, metaDescription: { ...article.metaDescription, text } })}
      />
      <TextFieldEditor
        path="h1.text"
        label={t("h1")}
        issuePaths={citedPaths("h1")}
        value={article.h1.text}
        citations={article.h1.citations}
        onChange={(text) => onChange({ ...article, h1: { ...article.h1, text } })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextFieldEditor path="slug" label={t("slug")} value={article.slug} onChange={(slug) => onChange({ ...article, slug })} />
        <TextFieldEditor path="canonicalUrl" label={t("canonicalUrl")} type="url" value={article.canonicalUrl} onChange={(canonicalUrl) => onChange({ ...article, canonicalUrl })} />
      </div>
      <TextFieldEditor
        path="lead.text"
        label={t("lead")}
        issuePaths={citedPaths("lead")}
        value={article.lead.text}
        citations={article.lead.citations}
        multiline
        rows={4}
        onChange={(text) => onChange({ ...article, lead: { ...article.lead, text } })}
      />
      <ArticleSections article={article} onChange={onChange} />
      <InternalLinksFields links={article.internalLinks} onChange={(internalLinks) => onChange({ ...article, internalLinks })} />
      <JsonLdDetails jsonLd={article.jsonLd} onChange={(jsonLd) => onChange({ ...article, jsonLd })} note="article" />
    </div>
  );
}
