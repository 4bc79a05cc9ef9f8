"use client";

import { useTranslations } from "next-intl";
import { relatedLinksHeading } from "@/lib/assets/export/article-links";
import type { Article } from "@/lib/assets/schemas/article";
import { articleBodyWords } from "@/lib/assets/validate/article";
import { readingMinutes } from "@/lib/assets/validate/word-count";
import { articleFootnotes, footnoteMarkers } from "./article-footnotes";
import { useFieldContext } from "./field-context";
import { hostOf } from "./preview-text";

function Markers({ citations, numbers }: { citations: readonly string[]; numbers: ReadonlyMap<string, number> }) {
  if (citations.length === 0) return null;
  return <sup className="ml-0.5 text-[0.7em] text-brand-700">{footnoteMarkers(citations, numbers)}</sup>;
}

/**
 * The article as a reader sees it: headline, reading time, lead, sections with their headings,
 * citations as footnote markers with the sources listed below, and the internal links. Headings
 * are styled text, not h1/h2 elements, so the preview does not reshape the app page's outline;
 * the editors below carry the same texts with labels.
 */
export function ArticlePreview({ article }: { article: Article }) {
  const t = useTranslations("generate.previews");
  const { sources } = useFieldContext();
  const words = articleBodyWords(article);
  const { numbers, footnotes } = articleFootnotes(article, sources.map((source) => source.chunkId));
  const titleOf = (id: string) => sources.find((source) => source.chunkId === id)?.title ?? id;
  const links = article.internalLinks.filter((link) => link.anchorText.trim() !== "");

  return (
    <figure data-testid="article-preview" className="rounded-md border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">{t("articlePreview")}</figcaption>
      <div lang={article.language} className="max-w-prose space-y-3 text-slate-900">
        <p className="text-xs text-slate-600">
          {t.rich("articleMeta", {
            site: hostOf(article.canonicalUrl) ?? t("siteFallback"),
            minutes: readingMinutes(words),
            words,
            readingTime: (chunks) => <span data-testid="reading-time">{chunks}</span>,
          })}
        </p>
        <p className="text-2xl leading-tight font-bold">{article.h1.text || t("headlineMissing")}</p>
        {article.lead.text ? (
          <p className="text-lg text-slate-700">
            {article.lead.text}
            <Markers citations={article.lead.citations} numbers={numbers} />
          </p>
        ) : null}
        {article.sections.map((section, sectionIndex) => (
          <div key={sectionIndex} className="space-y-2">
            <p className="pt-2 text-xl font-semibold">{section.heading.text}</p>
            {section.paragraphs.map((paragraph, index) => (
              <p key={index} className="leading-relaxed">
                {paragraph.text}
                <Markers citations={paragraph.citations} numbers={numbers} />
              </p>
            ))}
          </div>
        ))}
        {links.length > 0 ? (
          <div className="border-t border-slate-200 pt-2">
            <p className="text-sm font-semibold">{relatedLinksHeading(article.language)}</p>
            <ul className="list-disc pl-5 text-sm">
              {links.map((link, index) => (
                <li key={index}>
                  <span className="text-brand-700 underline">{link.anchorText}</span> <span className="text-xs text-slate-600">{link.url}</span>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {footnotes.length > 0 ? (
          <ol aria-label={t("footnotes")} className="border-t border-slate-200 pt-2 text-xs text-slate-600">
            {footnotes.map((footnote) => (
              <li key={footnote.chunkId}>
                [{footnote.number}] {titleOf(footnote.chunkId)}
              </li>
            ))}
          </ol>
        ) : null}
      </div>
    </figure>
  );
}
