"use client";

import { useTranslations } from "next-intl";
import { useFieldContext } from "./field-context";
import { issuesAt } from "./issue-paths";
import { TextFieldEditor } from "./text-field-editor";

/**
 * Structured data is for machines, so it stays folded away; its issues still count in the summary. `note` says what
 * the reader should know about this kind's markup (`generate.jsonLd.notes.*`; the SEO page's FAQ note by default).
 */
export function JsonLdDetails({ jsonLd, onChange, note = "faqRichResult" }: { jsonLd: string; onChange(value: string): void; note?: "faqRichResult" | "article" }) {
  const t = useTranslations("generate.jsonLd");
  const { issues, streaming } = useFieldContext();
  // Opens by itself when the markup has problems, so they are not hidden behind a fold.
  const hasIssues = !streaming && issuesAt(issues, ["jsonLd"]).length > 0;
  return (
    <details className="rounded-md border border-slate-200 p-3" open={hasIssues || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("summary")}</summary>
      <p className="mt-2 text-xs text-slate-600">{t(`notes.${note}`)}</p>
      <TextFieldEditor path="jsonLd" label={t("label")} value={jsonLd} onChange={onChange} multiline rows={10} className="mt-2 [&_textarea]:font-mono" />
    </details>
  );
}
