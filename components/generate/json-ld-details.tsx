"use client";

import { useFieldContext } from "./field-context";
import { issuesAt } from "./issue-paths";
import { TextFieldEditor } from "./text-field-editor";

export const FAQ_RICH_RESULT_NOTE =
  "Google stopped showing FAQ rich results in May 2026; FAQPage markup is still valid but no longer produces a rich result.";

/** Structured data is for machines, so it stays folded away; its issues still count in the summary. `note` says what the reader should know about this kind's markup. */
export function JsonLdDetails({ jsonLd, onChange, note = FAQ_RICH_RESULT_NOTE }: { jsonLd: string; onChange(value: string): void; note?: string }) {
  const { issues, streaming } = useFieldContext();
  // Opens by itself when the markup has problems, so they are not hidden behind a fold.
  const hasIssues = !streaming && issuesAt(issues, ["jsonLd"]).length > 0;
  return (
    <details className="rounded-md border border-slate-200 p-3" open={hasIssues || undefined}>
      <summary className="cursor-pointer text-sm font-semibold text-slate-900">Structured data (JSON-LD)</summary>
      <p className="mt-2 text-xs text-slate-600">{note}</p>
      <TextFieldEditor path="jsonLd" label="JSON-LD" value={jsonLd} onChange={onChange} multiline rows={10} className="mt-2 [&_textarea]:font-mono" />
    </details>
  );
}
